// Decap CMS starts when cms.js has its configuration (and, on this machine, the local backend).
window.CMS_MANUAL_INIT = true;
