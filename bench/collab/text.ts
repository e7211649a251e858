/**
 * Synthetic Swedish minutes for the search benchmark: deterministic, built from a small
 * vocabulary with inflected forms (so stemming matters), a long tail of rare words, invented
 * surnames, and now and then a Ukrainian place name, as in the networks' real minutes.
 * No real person's name or data.
 */

/** Deterministic PRNG (mulberry32); the same seed gives the same archive. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

export const TOPICS = [
  'Läget i kommunerna',
  'Information från Migrationsverket',
  'Information från länsstyrelsen',
  'Boendeplanering inför kommande anvisningar',
  'Barnomsorg och skola för nyanlända',
  'Tolkförsörjning',
  'Hälso- och sjukvård för skyddsbehövande',
  'Arbetsmarknadsinsatser och etablering',
  'Ekonomiskt bistånd och ersättningar',
  'Informationssäkerhet och it-angrepp',
  'Krisberedskap och kontinuitet',
  'Kommuntal och länstal',
  'Ensamkommande barn och unga',
  'Svenska för invandrare',
  'Bostadssociala kontrakt',
  'Civilsamhällets insatser',
  'Kommunikation till målgruppen',
  'Uppföljning av handlingsplanen',
  'Statsbidrag och schablonersättning',
  'Övriga frågor',
  'Föregående mötes protokoll',
  'Lägesbild från veckorapporteringen',
  'Samverkan med regionen',
  'Folkhälsa och psykisk ohälsa',
] as const;

/** Nouns in several inflected forms: searches for one form must find the others. */
const NOUNS = [
  ['boende', 'boendet', 'boenden', 'boendena'],
  ['bostad', 'bostaden', 'bostäder', 'bostäderna'],
  ['tolk', 'tolken', 'tolkar', 'tolkarna'],
  ['barnomsorg', 'barnomsorgen'],
  ['skola', 'skolan', 'skolor', 'skolorna'],
  ['anvisning', 'anvisningen', 'anvisningar', 'anvisningarna'],
  ['familj', 'familjen', 'familjer', 'familjerna'],
  ['plats', 'platsen', 'platser', 'platserna'],
  ['insats', 'insatsen', 'insatser', 'insatserna'],
  ['handläggare', 'handläggaren', 'handläggarna'],
  ['ansökan', 'ansökningar', 'ansökningarna'],
  ['ersättning', 'ersättningen', 'ersättningar', 'ersättningarna'],
  ['lägenhet', 'lägenheten', 'lägenheter', 'lägenheterna'],
  ['rutin', 'rutinen', 'rutiner', 'rutinerna'],
  ['avtal', 'avtalet', 'avtalen'],
  ['underlag', 'underlaget', 'underlagen'],
  ['enkät', 'enkäten', 'enkäter', 'enkäterna'],
  ['kartläggning', 'kartläggningen', 'kartläggningar'],
  ['vårdnadshavare', 'vårdnadshavaren', 'vårdnadshavarna'],
  ['elev', 'eleven', 'elever', 'eleverna'],
  ['förskola', 'förskolan', 'förskolor', 'förskolorna'],
  ['kostnad', 'kostnaden', 'kostnader', 'kostnaderna'],
  ['prognos', 'prognosen', 'prognoser', 'prognoserna'],
  ['hushåll', 'hushållet', 'hushållen'],
  ['mottagande', 'mottagandet'],
  ['uppehållstillstånd', 'uppehållstillståndet'],
  ['samordnare', 'samordnaren', 'samordnarna'],
  ['vårdcentral', 'vårdcentralen', 'vårdcentraler'],
  ['arbetsgivare', 'arbetsgivaren', 'arbetsgivarna'],
  ['praktikplats', 'praktikplatsen', 'praktikplatser'],
] as const;

/** The long tail: each in a small share of the archive. */
export const RARE_WORDS = [
  'vattenskada',
  'legionella',
  'evakueringsplan',
  'hyresgaranti',
  'dövtolk',
  'språkcafé',
  'fritidsbank',
  'simundervisning',
  'läxhjälp',
  'körkortsteori',
  'tandvårdsremiss',
  'vaccinationsprogram',
  'sommarlovsaktivitet',
  'nätverksträff',
  'mentorprogram',
  'cykelverkstad',
  'värmebölja',
  'strömavbrott',
  'nödvattenplan',
  'matkasse',
  'skuldrådgivning',
  'barnkonventionen',
  'traumamedvetenhet',
  'sorgbearbetning',
  'hembesök',
  'kontaktfamilj',
  'lovskola',
  'idrottsförening',
  'biblioteksbuss',
  'kriskommunikation',
] as const;

const VERBS = [
  'redogjorde för',
  'lyfte',
  'informerade om',
  'efterfrågade',
  'presenterade',
  'följer upp',
  'ser över',
  'återkommer om',
  'betonade',
  'beskrev',
] as const;

const ADJECTIVES = ['ansträngt', 'stabilt', 'oförändrat', 'förbättrat', 'försämrat', 'osäkert'] as const;

const FIRST_NAMES = [
  'Anna',
  'Karin',
  'Eva',
  'Maria',
  'Lena',
  'Sara',
  'Johan',
  'Erik',
  'Lars',
  'Anders',
  'Per',
  'Mikael',
  'Fatima',
  'Amir',
  'Olena',
  'Iryna',
  'Dmytro',
  'Sofia',
  'Elin',
  'Jonas',
] as const;
const SURNAME_HEADS = [
  'Lind',
  'Björk',
  'Ek',
  'Gran',
  'Sjö',
  'Berg',
  'Ås',
  'Hag',
  'Löv',
  'Strand',
  'Dal',
  'Al',
] as const;
const SURNAME_TAILS = [
  'qvist',
  'gren',
  'vik',
  'ström',
  'holm',
  'blad',
  'mark',
  'lund',
  'stedt',
  'fors',
] as const;

/** Ukrainian place names, inflected the way a Ukrainian sentence would ("з Харкова"). */
const CYRILLIC = [
  'з Харкова',
  'у Києві',
  'з Одеси',
  'з Дніпра',
  'зі Львова',
  'з Миколаєва',
  'із Запоріжжя',
] as const;

export function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAME_HEADS)}${pick(rng, SURNAME_TAILS)}`;
}

function noun(rng: Rng): string {
  return pick(rng, pick(rng, NOUNS));
}

/** One sentence of minutes. */
function sentence(rng: Rng, orgs: readonly string[], people: readonly string[]): string {
  const r = rng();
  let s: string;
  if (r < 0.25) s = `${pick(rng, orgs)} ${pick(rng, VERBS)} ${noun(rng)} och ${noun(rng)}.`;
  else if (r < 0.45) s = `Läget när det gäller ${noun(rng)} är ${pick(rng, ADJECTIVES)} i flera kommuner.`;
  else if (r < 0.6)
    s = `${pick(rng, people)} ${pick(rng, VERBS)} ${noun(rng)} för ${between(rng, 2, 180)} ${noun(rng)}.`;
  else if (r < 0.72)
    s = `Nätverket diskuterade ${noun(rng)} samt hur ${noun(rng)} ska samordnas under vecka ${between(rng, 1, 52)}.`;
  else if (r < 0.84) s = `Frågan om ${noun(rng)} och ${noun(rng)} tas upp igen vid nästa möte.`;
  else s = `${pick(rng, orgs)} har ${between(rng, 1, 40)} ${noun(rng)} och behöver stöd med ${noun(rng)}.`;
  if (rng() < 0.03) s = `${s.slice(0, -1)} (${pick(rng, RARE_WORDS)}).`;
  if (rng() < 0.01) s = `${s} Familjer ${pick(rng, CYRILLIC)} har anvisats.`;
  return s;
}

export function minutesText(rng: Rng, orgs: readonly string[], people: readonly string[]): string {
  const n = between(rng, 3, 6);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng, orgs, people));
  return out.join(' ');
}

export function decisionText(rng: Rng, orgs: readonly string[]): string {
  const r = rng();
  if (r < 0.4)
    return `Nätverket beslutade att ${pick(rng, orgs)} tar fram ett underlag om ${noun(rng)} till nästa möte.`;
  if (r < 0.7) return `Beslutades att en arbetsgrupp ser över ${noun(rng)} och ${noun(rng)}.`;
  return `Nätverket beslutade att godkänna förslaget om ${noun(rng)}.`;
}
