// Words of assistance requests in the six UN languages, shared by the benchmarks' data generators.
// Vocabulary per language, combined so that titles and problems vary like real requests.
export const TEXT = {
  en: {
    what: ['Marking of small arms', 'Electronic record-keeping of firearms', 'Stockpile management and armoury security', 'Destruction of surplus weapons', 'Border control against arms trafficking', 'Training of armourers', 'Weapons collection programme', 'National action plan on small arms', 'Tracing of seized firearms', 'Public awareness campaign'],
    where: ['for the national police', 'for the armed forces', 'at border posts', 'in the northern provinces', 'for customs officers', 'in regional armouries'],
    problem: 'Weapons held by State agencies are poorly recorded and stored; losses and thefts cannot be traced and surplus stocks accumulate in unsafe depots.',
  },
  fr: {
    what: ['Marquage des armes légères', "Informatisation du registre des armes", 'Gestion des stocks et sécurisation des armureries', 'Destruction des armes excédentaires', 'Contrôle aux frontières contre le trafic', 'Formation des armuriers', "Collecte volontaire d'armes", "Plan d'action national", 'Traçage des armes saisies', 'Campagne de sensibilisation'],
    where: ['pour la police nationale', 'pour les forces armées', 'aux postes frontaliers', 'dans les régions du nord', 'pour les douanes', 'dans les armureries régionales'],
    problem: "Les armes détenues par l'État sont mal enregistrées et mal stockées ; les pertes ne peuvent être tracées et les stocks excédentaires s'accumulent.",
  },
  es: {
    what: ['Marcaje de armas pequeñas', 'Registro electrónico de armas de fuego', 'Gestión de arsenales y seguridad de depósitos', 'Destrucción de armas excedentes', 'Control fronterizo contra el tráfico', 'Capacitación de armeros', 'Programa de recolección de armas', 'Plan de acción nacional', 'Rastreo de armas incautadas', 'Campaña de sensibilización'],
    where: ['para la policía nacional', 'para las fuerzas armadas', 'en los puestos fronterizos', 'en las provincias del norte', 'para las aduanas', 'en los depósitos regionales'],
    problem: 'Las armas en poder del Estado están mal registradas y almacenadas; las pérdidas no pueden rastrearse y se acumulan excedentes.',
  },
  ru: {
    what: ['Маркировка стрелкового оружия', 'Электронный учёт оружия', 'Управление запасами и безопасность складов', 'Уничтожение излишков оружия', 'Пограничный контроль против незаконного оборота', 'Обучение оружейников', 'Программа сбора оружия', 'Национальный план действий', 'Отслеживание изъятого оружия', 'Информационная кампания'],
    where: ['для национальной полиции', 'для вооружённых сил', 'на пограничных пунктах', 'в северных провинциях', 'для таможни', 'на региональных складах'],
    problem: 'Оружие государственных органов плохо учитывается и хранится; утраты невозможно отследить, излишки накапливаются.',
  },
  ar: {
    what: ['وسم الأسلحة الصغيرة', 'التسجيل الإلكتروني للأسلحة النارية', 'إدارة المخزونات وأمن المستودعات', 'تدمير الأسلحة الفائضة', 'مراقبة الحدود لمكافحة الاتجار', 'تدريب مسؤولي المستودعات', 'برنامج جمع الأسلحة', 'خطة العمل الوطنية', 'تعقب الأسلحة المضبوطة', 'حملة توعية'],
    where: ['للشرطة الوطنية', 'للقوات المسلحة', 'في المعابر الحدودية', 'في المحافظات الشمالية', 'للجمارك', 'في المستودعات الإقليمية'],
    problem: 'الأسلحة التي تحتفظ بها أجهزة الدولة غير مسجلة ومخزنة بشكل جيد؛ ولا يمكن تعقب الفقدان وتتراكم الفوائض.',
  },
  zh: {
    what: ['小武器标识', '枪支电子登记', '库存管理和武器库安全', '销毁剩余武器', '边境管制打击非法贩运', '培训武器库管理人员', '武器收缴方案', '国家行动计划', '追查缴获枪支', '提高认识运动'],
    where: ['国家警察', '武装部队', '边境口岸', '北部省份', '海关', '地区武器库'],
    problem: '国家机构持有的武器登记和储存不善；丢失无法追查，剩余库存不断积累。',
  },
};
