// The ablative suffix ("-ден", "-тан", …) of a number written in digits follows the sound of the
// number's last spoken word: 200 → "екі жүз" → "200-ден"; 300 → "үш жүз" → "300-ден"; 5 → "бес" → "5-тен".
const units = ['', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'] as const; // бір екі үш төрт бес алты жеті сегіз тоғыз
const tens = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'] as const; // он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан

export function ablativeSuffix(n: number): string {
  const value = Math.abs(Math.trunc(n));
  if (value === 0) return 'ден'; // нөл
  if (value % 10 !== 0) return units[value % 10] ?? 'ден';
  if (value % 100 !== 0) return tens[(value / 10) % 10] ?? 'дан';
  if (value % 1000 !== 0) return 'ден'; // жүз
  if (value % 1_000_000 !== 0) return 'нан'; // мың
  return 'нан'; // миллион, миллиард
}
