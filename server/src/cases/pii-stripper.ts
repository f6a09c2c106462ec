/**
 * Customer data never reaches the case library (RULES.md §7; INV 第八条): names, phones and rooms of the source
 * complaint's customers, and anything else that looks like a phone number or a room, are replaced by neutral words
 * before a case is stored — on every write, so an edit cannot bring them back.
 */

export interface CustomerData {
  name: string;
  phone: string | null;
  room: string | null;
}

export const NEUTRAL = { owner: '业主', someone: '某住户', phone: '[电话]', room: '[房号]' } as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PHONE_PATTERNS = [
  // Mobile, optionally +86, also as shown masked (138****5678).
  /(?<![\d*])(?:\+?86[-\s]?)?1[3-9]\d(?:\d{4}|\*{4})\d{4}(?![\d*])/g,
  // Landline with area code.
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g,
];

const ROOM_PATTERNS = [
  // 3栋1201, 3 栋 2 单元 1201 室, 12号楼1502, 5#1101
  // (not "6 号楼 120 户": a count, not a room)
  /\d{1,3}\s*(?:栋|幢|座|号楼|#楼?)\s*(?:\d{1,2}\s*单元\s*)?\d{3,4}(?!\d|\s*[户人元万千百个天年月日次%])\s*(?:室|房|号)?/g,
  // 3-2-1201, 3-1201 (not dates: the first group is short, the last has 3–4 digits)
  /(?<![\d-])\d{1,3}-(?:\d{1,2}-)?\d{3,4}(?![\d-])/g,
  // 1201室, 1201房
  /(?<!\d)\d{3,4}\s*(?:室|房)(?![间屋子东])/g,
];

/** Common surnames: "王先生" names a person, "的先生" does not. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '司徒', '长孙', '宇文', '夏侯', '尉迟', '公孙', '端木', '南宫'];
const HONORIFIC = '(?:先生|女士|小姐|太太|阿姨|叔叔|大爷|大妈|师傅|老师)';
const GENERIC_PERSON = new RegExp(`(业主|客户)?(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])${HONORIFIC}`, 'g');

/** Patterns of the forms a customer's name takes in notes: the name (with or without 先生/女士…) and "王先生". */
function namePatterns(name: string): string[] {
  const trimmed = name.trim();
  if ([...trimmed].length < 2) return [];
  const compound = COMPOUND_SURNAMES.find((surname) => trimmed.startsWith(surname));
  const surname = compound ?? trimmed.slice(0, 1);
  const patterns = [`${escape(trimmed)}${HONORIFIC}?`];
  if (compound || SURNAMES.includes(surname)) patterns.push(`${escape(surname)}${HONORIFIC}`);
  return patterns;
}

export function stripPii(text: string, customers: readonly CustomerData[] = []): string {
  let out = text;
  for (const c of customers) {
    if (c.phone && c.phone.trim().length >= 5) {
      const digits = c.phone.trim();
      out = out.split(digits).join(NEUTRAL.phone);
      if (digits.length >= 7) out = out.split(`${digits.slice(0, 3)}****${digits.slice(-4)}`).join(NEUTRAL.phone);
    }
  }
  for (const pattern of PHONE_PATTERNS) out = out.replace(pattern, NEUTRAL.phone);
  for (const c of customers) {
    const room = c.room?.trim();
    if (room && room.length >= 2) out = out.replace(new RegExp(escape(room).replace(/\s+/g, '\\s*'), 'g'), NEUTRAL.room);
  }
  for (const pattern of ROOM_PATTERNS) out = out.replace(pattern, NEUTRAL.room);
  for (const c of customers) {
    for (const pattern of namePatterns(c.name)) out = out.replace(new RegExp(`(?:业主|客户)?${pattern}`, 'g'), NEUTRAL.owner);
  }
  // Anyone else addressed by surname (a neighbour, a relative): "业主李女士" stays an owner, others become 某住户.
  out = out.replace(GENERIC_PERSON, (_match, prefix: string | undefined) => (prefix ? NEUTRAL.owner : NEUTRAL.someone));
  // "业主[房号]业主" reads badly; "业主业主" after replacing "业主王先生" too.
  return out.replace(/(?:业主){2,}/g, NEUTRAL.owner);
}

/** Every string of a record, stripped. */
export function stripAll<T extends Record<string, unknown>>(record: T, customers: readonly CustomerData[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] =
      typeof value === 'string' ? stripPii(value, customers)
      : Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? stripPii(item, customers) : item))
      : value;
  }
  return out as T;
}
