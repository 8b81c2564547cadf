import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@/lib/deploy/processes';

/*
 * A load balancer in front of several nodes, as docs/production.md shows it: plain nginx, round robin
 * over the nodes' nginx, the reader's address passed on (the nodes believe it from this machine:
 * startStack's realIpFrom). The address its client names in X-Forwarded-For is taken as the reader's,
 * so that one test or benchmark client stands for many readers. Used by the two-node test and the
 * benchmark.
 */
export async function startBalancer(runDir: string, port: number, nodes: number[]): Promise<ChildProcess> {
  mkdirSync(runDir, { recursive: true });
  for (const sub of ['client-body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(runDir, sub), { recursive: true });
  writeFileSync(
    join(runDir, 'nginx.conf'),
    `worker_processes 1;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${runDir}/client-body;
  proxy_temp_path ${runDir}/proxy;
  fastcgi_temp_path ${runDir}/fastcgi;
  uwsgi_temp_path ${runDir}/uwsgi;
  scgi_temp_path ${runDir}/scgi;
  set_real_ip_from 127.0.0.1;
  real_ip_header X-Forwarded-For;
  upstream qyzylorda_nodes {
${nodes.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://qyzylorda_nodes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  );
  const balancer = spawn('/usr/sbin/nginx', ['-c', join(runDir, 'nginx.conf'), '-p', runDir, '-g', 'daemon off;'], {
    detached: true,
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${port}/kk`);
  return balancer;
}
