// The coalition as publicly described: its 41 member states (ISO 3166-1 codes, official short
// names in the three languages), its four domains, its governance bodies and its partners.
// Descriptions are written for Tahaluf; dates and names are public facts.

export interface StateSeed {
  code: string;
  isoNumeric: string;
  ar: string;
  en: string;
  fr: string;
}

export const memberStates: StateSeed[] = [
  { code: 'AF', isoNumeric: '004', ar: 'أفغانستان', en: 'Afghanistan', fr: 'Afghanistan' },
  { code: 'AE', isoNumeric: '784', ar: 'الإمارات العربية المتحدة', en: 'United Arab Emirates', fr: 'Émirats arabes unis' },
  { code: 'JO', isoNumeric: '400', ar: 'الأردن', en: 'Jordan', fr: 'Jordanie' },
  { code: 'UG', isoNumeric: '800', ar: 'أوغندا', en: 'Uganda', fr: 'Ouganda' },
  { code: 'PK', isoNumeric: '586', ar: 'باكستان', en: 'Pakistan', fr: 'Pakistan' },
  { code: 'BH', isoNumeric: '048', ar: 'البحرين', en: 'Bahrain', fr: 'Bahreïn' },
  { code: 'BN', isoNumeric: '096', ar: 'بروناي دار السلام', en: 'Brunei Darussalam', fr: 'Brunéi Darussalam' },
  { code: 'BD', isoNumeric: '050', ar: 'بنغلاديش', en: 'Bangladesh', fr: 'Bangladesh' },
  { code: 'BJ', isoNumeric: '204', ar: 'بنين', en: 'Benin', fr: 'Bénin' },
  { code: 'BF', isoNumeric: '854', ar: 'بوركينا فاسو', en: 'Burkina Faso', fr: 'Burkina Faso' },
  { code: 'TR', isoNumeric: '792', ar: 'تركيا', en: 'Türkiye', fr: 'Turquie' },
  { code: 'TD', isoNumeric: '148', ar: 'تشاد', en: 'Chad', fr: 'Tchad' },
  { code: 'TG', isoNumeric: '768', ar: 'توغو', en: 'Togo', fr: 'Togo' },
  { code: 'TN', isoNumeric: '788', ar: 'تونس', en: 'Tunisia', fr: 'Tunisie' },
  { code: 'DJ', isoNumeric: '262', ar: 'جيبوتي', en: 'Djibouti', fr: 'Djibouti' },
  { code: 'CI', isoNumeric: '384', ar: 'كوت ديفوار', en: 'Côte d’Ivoire', fr: 'Côte d’Ivoire' },
  { code: 'SA', isoNumeric: '682', ar: 'المملكة العربية السعودية', en: 'Saudi Arabia', fr: 'Arabie saoudite' },
  { code: 'SN', isoNumeric: '686', ar: 'السنغال', en: 'Senegal', fr: 'Sénégal' },
  { code: 'SD', isoNumeric: '729', ar: 'السودان', en: 'Sudan', fr: 'Soudan' },
  { code: 'SL', isoNumeric: '694', ar: 'سيراليون', en: 'Sierra Leone', fr: 'Sierra Leone' },
  { code: 'SO', isoNumeric: '706', ar: 'الصومال', en: 'Somalia', fr: 'Somalie' },
  { code: 'OM', isoNumeric: '512', ar: 'سلطنة عُمان', en: 'Oman', fr: 'Oman' },
  { code: 'GA', isoNumeric: '266', ar: 'الغابون', en: 'Gabon', fr: 'Gabon' },
  { code: 'GM', isoNumeric: '270', ar: 'غامبيا', en: 'Gambia', fr: 'Gambie' },
  { code: 'GN', isoNumeric: '324', ar: 'غينيا', en: 'Guinea', fr: 'Guinée' },
  { code: 'GW', isoNumeric: '624', ar: 'غينيا بيساو', en: 'Guinea-Bissau', fr: 'Guinée-Bissau' },
  { code: 'PS', isoNumeric: '275', ar: 'فلسطين', en: 'Palestine', fr: 'Palestine' },
  { code: 'KM', isoNumeric: '174', ar: 'جزر القمر', en: 'Comoros', fr: 'Comores' },
  { code: 'KW', isoNumeric: '414', ar: 'الكويت', en: 'Kuwait', fr: 'Koweït' },
  { code: 'QA', isoNumeric: '634', ar: 'قطر', en: 'Qatar', fr: 'Qatar' },
  { code: 'LB', isoNumeric: '422', ar: 'لبنان', en: 'Lebanon', fr: 'Liban' },
  { code: 'LY', isoNumeric: '434', ar: 'ليبيا', en: 'Libya', fr: 'Libye' },
  { code: 'MV', isoNumeric: '462', ar: 'جزر المالديف', en: 'Maldives', fr: 'Maldives' },
  { code: 'ML', isoNumeric: '466', ar: 'مالي', en: 'Mali', fr: 'Mali' },
  { code: 'MY', isoNumeric: '458', ar: 'ماليزيا', en: 'Malaysia', fr: 'Malaisie' },
  { code: 'EG', isoNumeric: '818', ar: 'مصر', en: 'Egypt', fr: 'Égypte' },
  { code: 'MA', isoNumeric: '504', ar: 'المغرب', en: 'Morocco', fr: 'Maroc' },
  { code: 'MR', isoNumeric: '478', ar: 'موريتانيا', en: 'Mauritania', fr: 'Mauritanie' },
  { code: 'NE', isoNumeric: '562', ar: 'النيجر', en: 'Niger', fr: 'Niger' },
  { code: 'NG', isoNumeric: '566', ar: 'نيجيريا', en: 'Nigeria', fr: 'Nigeria' },
  { code: 'YE', isoNumeric: '887', ar: 'اليمن', en: 'Yemen', fr: 'Yémen' },
];

export interface Trilingual {
  ar: string;
  en: string;
  fr: string;
}

export const coalitionDomains: Array<{ code: string; name: Trilingual; description: Trilingual }> = [
  {
    code: 'ideology',
    name: { ar: 'المجال الفكري', en: 'Ideology', fr: 'Idéologie' },
    description: {
      ar: 'تفنيد الأفكار المتطرفة بالحجة والعلم، وإبراز قيم الاعتدال والتسامح، ودعم المؤسسات الدينية والتعليمية في الدول الأعضاء.',
      en: 'Refuting extremist ideas with knowledge and argument, promoting moderation and tolerance, and supporting religious and educational institutions in member states.',
      fr: 'Réfuter les idées extrémistes par le savoir et l’argument, promouvoir la modération et la tolérance, et soutenir les institutions religieuses et éducatives des États membres.',
    },
  },
  {
    code: 'media',
    name: { ar: 'المجال الإعلامي', en: 'Communications', fr: 'Communication' },
    description: {
      ar: 'إنتاج محتوى يرد على الخطاب المتطرف ويكشف دعايته، وبناء قدرات الإعلاميين في الدول الأعضاء.',
      en: 'Producing content that answers extremist discourse and exposes its propaganda, and building the skills of media professionals in member states.',
      fr: 'Produire des contenus qui répondent au discours extrémiste et en dévoilent la propagande, et renforcer les compétences des professionnels des médias des États membres.',
    },
  },
  {
    code: 'ctf',
    name: { ar: 'محاربة تمويل الإرهاب', en: 'Counter-terrorist financing', fr: 'Lutte contre le financement du terrorisme' },
    description: {
      ar: 'العمل مع الجهات المالية في الدول الأعضاء لتجفيف مصادر تمويل الإرهاب، وتبادل أفضل الممارسات وقوائم العقوبات.',
      en: 'Working with the financial authorities of member states to cut off the sources of terrorist funding, sharing best practice and sanctions screening.',
      fr: 'Travailler avec les autorités financières des États membres pour tarir les sources de financement du terrorisme, en partageant bonnes pratiques et filtrage des listes de sanctions.',
    },
  },
  {
    code: 'military',
    name: { ar: 'المجال العسكري', en: 'Military', fr: 'Militaire' },
    description: {
      ar: 'تنسيق الجهود العسكرية وتبادل المعلومات وبناء القدرات والتدريب، بما يحترم سيادة كل دولة عضو.',
      en: 'Coordinating military efforts, exchanging information, and building capacity through training, with full respect for each member state’s sovereignty.',
      fr: 'Coordonner les efforts militaires, échanger des informations et renforcer les capacités par la formation, dans le plein respect de la souveraineté de chaque État membre.',
    },
  },
];

export const governanceBodies: Array<{ code: string; name: Trilingual; event: Trilingual; eventOn: string; place: string }> = [
  {
    code: 'defence-ministers',
    name: { ar: 'مجلس وزراء دفاع التحالف', en: 'Council of Defence Ministers', fr: 'Conseil des ministres de la Défense' },
    event: { ar: 'الاجتماع الأول للمجلس', en: 'First meeting of the Council', fr: 'Première réunion du Conseil' },
    eventOn: '2017-11-26',
    place: 'Riyadh',
  },
  {
    code: 'chiefs-of-staff',
    name: { ar: 'رؤساء أركان الدول الأعضاء', en: 'Chiefs of Staff', fr: 'Chefs d’état-major' },
    event: { ar: 'اجتماع رؤساء الأركان', en: 'Meeting of the Chiefs of Staff', fr: 'Réunion des chefs d’état-major' },
    eventOn: '2016-03-27',
    place: 'Riyadh',
  },
  {
    code: 'secretariat-general',
    name: { ar: 'الأمانة العامة للتحالف', en: 'Secretariat General', fr: 'Secrétariat général' },
    event: { ar: 'الإعلان عن تأسيس التحالف', en: 'The coalition is announced', fr: 'Annonce de la création de la coalition' },
    eventOn: '2015-12-14',
    place: 'Riyadh',
  },
];

export const partners: Array<{ code: string; kind: 'organisation' | 'state'; name: Trilingual; relation: Trilingual }> = [
  {
    code: 'oic',
    kind: 'organisation',
    name: { ar: 'منظمة التعاون الإسلامي', en: 'Organisation of Islamic Cooperation', fr: 'Organisation de la coopération islamique' },
    relation: { ar: 'رحّبت بتأسيس التحالف', en: 'Welcomed the coalition', fr: 'A salué la création de la coalition' },
  },
  {
    code: 'mwl',
    kind: 'organisation',
    name: { ar: 'رابطة العالم الإسلامي', en: 'Muslim World League', fr: 'Ligue islamique mondiale' },
    relation: { ar: 'رحّبت بتأسيس التحالف', en: 'Welcomed the coalition', fr: 'A salué la création de la coalition' },
  },
  {
    code: 'al-azhar',
    kind: 'organisation',
    name: { ar: 'الأزهر الشريف', en: 'Al-Azhar', fr: 'Al-Azhar' },
    relation: { ar: 'رحّب بتأسيس التحالف', en: 'Welcomed the coalition', fr: 'A salué la création de la coalition' },
  },
  {
    code: 'fr',
    kind: 'state',
    name: { ar: 'فرنسا', en: 'France', fr: 'France' },
    relation: { ar: 'إعلان تعاون مع التحالف', en: 'Declaration of cooperation', fr: 'Déclaration de coopération' },
  },
];

export const coalitionFacts: Record<string, string> = {
  'name.ar': 'التحالف الإسلامي العسكري لمحاربة الإرهاب',
  'name.en': 'Islamic Military Counter Terrorism Coalition',
  'name.fr': 'Coalition militaire islamique contre le terrorisme',
  'slogan.ar': 'متحالفون ضد الإرهاب',
  'slogan.en': 'Allied against terrorism',
  'slogan.fr': 'Alliés contre le terrorisme',
  'announced-on': '2015-12-14',
  headquarters: 'Riyadh',
};
