import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 合规引擎: the knowledge base, the navigator's rules, canned replies, and the record of
 * compliance starts (articles offered before a case is filed).
 *
 * Search: Chinese has no spaces, and pg_trgm's trigrams cannot index a two-character query such
 * as 标识 or 备案. Every run of Han characters is cut into overlapping character bigrams (plus
 * single characters for documents, so one-character queries still match), Latin words are kept
 * whole, and the tokens go into a tsvector as they are (`array_to_tsvector`, no dictionary).
 * A query is cut the same way and all its tokens must match (a question in a sentence, when
 * articles are offered before a case, matches on any token, best first). Both sides use the one SQL function
 * below, so indexing and querying can never drift apart; no segmentation dictionary is needed,
 * and new terms (深度合成, 隐式标识) are found the day they are written.
 *
 * The regulations' articles and the navigator's rules ship as data (literals here); the desk
 * edits and publishes from there.
 */
export class ComplianceKnowledge1764303000000 implements MigrationInterface {
  name = 'ComplianceKnowledge1764303000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION kb_tokens(doc text, for_query boolean) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        run text;
        n int;
        out text[] := '{}';
      BEGIN
        FOR run IN SELECT m[1] FROM regexp_matches(lower(normalize(coalesce(doc, ''), NFKC)), '([㐀-䶿一-鿿]+|[a-z0-9]+)', 'g') AS m LOOP
          IF run ~ '^[a-z0-9]' THEN
            out := out || run;
          ELSE
            n := char_length(run);
            IF n = 1 OR NOT for_query THEN
              FOR i IN 1..n LOOP out := out || substr(run, i, 1); END LOOP;
            END IF;
            FOR i IN 1..n - 1 LOOP out := out || substr(run, i, 2); END LOOP;
          END IF;
        END LOOP;
        RETURN ARRAY(SELECT DISTINCT t FROM unnest(out) AS t ORDER BY t);
      END $$`);
    await q.query(`
      CREATE FUNCTION kb_query(query text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN cardinality(kb_tokens(query, true)) = 0 THEN NULL
          ELSE array_to_string(ARRAY(SELECT quote_literal(t) FROM unnest(kb_tokens(query, true)) AS t), ' & ')::tsquery END
      $$`);
    // A tsvector of the tokens as they are, each at position 1 (a weight needs a position).
    await q.query(`
      CREATE FUNCTION kb_vector(tokens text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce((SELECT string_agg(quote_literal(t) || ':1', ' ') FROM unnest(tokens) AS t), '')::tsvector
      $$`);
    // The document's weighted tokens; declared immutable for the generated column (array_to_string
    // of a text[] does not depend on any setting).
    await q.query(`
      CREATE FUNCTION kb_document(title text, regulation text, refs text[], summary text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(kb_vector(kb_tokens(title, false)), 'A') ||
               setweight(kb_vector(kb_tokens(regulation || ' ' || array_to_string(refs, ' '), false)), 'B') ||
               setweight(kb_vector(kb_tokens(summary || ' ' || body, false)), 'C')
      $$`);
    // A question in a sentence (the articles offered before a case): any token may match, the best first.
    await q.query(`
      CREATE FUNCTION kb_query_any(query text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN cardinality(kb_tokens(query, true)) = 0 THEN NULL
          ELSE array_to_string(ARRAY(SELECT quote_literal(t) FROM unnest(kb_tokens(query, true)) AS t), ' | ')::tsquery END
      $$`);
    await q.query(`
      CREATE TABLE knowledge_articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        summary text NOT NULL DEFAULT '',
        body text NOT NULL CHECK (length(body) > 0),
        regulation text NOT NULL,
        issuing_body text NOT NULL,
        effective_on date NOT NULL,
        article_refs text[] NOT NULL DEFAULT '{}',
        source text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'superseded')),
        supersedes_id uuid REFERENCES knowledge_articles(id),
        superseded_by uuid REFERENCES knowledge_articles(id),
        from_case_id uuid REFERENCES cases(id),
        created_by uuid REFERENCES users(id),
        updated_by uuid REFERENCES users(id),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (kb_document(title, regulation, article_refs, summary, body)) STORED
      )`);
    await q.query(`CREATE INDEX knowledge_articles_search_idx ON knowledge_articles USING gin (search_vector)`);
    await q.query(`CREATE INDEX knowledge_articles_status_idx ON knowledge_articles (status, updated_at DESC)`);

    await q.query(`
      CREATE TABLE navigator_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'),
        title text NOT NULL,
        obligation text NOT NULL CHECK (obligation IN ('filing', 'assessment', 'label', 'notice')),
        description text NOT NULL,
        conditions jsonb NOT NULL CHECK (jsonb_typeof(conditions) = 'array'),
        deadline_working_days integer CHECK (deadline_working_days BETWEEN 1 AND 365),
        deadline_text text NOT NULL DEFAULT '',
        sources jsonb NOT NULL CHECK (jsonb_typeof(sources) = 'array' AND jsonb_array_length(sources) > 0),
        sort integer NOT NULL DEFAULT 100,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE canned_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme text NOT NULL CHECK (programme IN ('starlight', 'shield', 'compliance', 'legislation')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        zone_id text REFERENCES zones(id),
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX canned_replies_programme_idx ON canned_replies (programme, zone_id)`);

    await q.query(`
      CREATE TABLE compliance_starts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        creator_id uuid NOT NULL REFERENCES users(id),
        zone_id text NOT NULL REFERENCES zones(id),
        question text NOT NULL,
        offered uuid[] NOT NULL DEFAULT '{}',
        helpful boolean,
        case_id uuid UNIQUE REFERENCES cases(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX compliance_starts_zone_idx ON compliance_starts (zone_id, created_at)`);

    for (const a of ARTICLES) {
      await q.query(
        `INSERT INTO knowledge_articles (title, summary, body, regulation, issuing_body, effective_on, article_refs, source, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'published', now())`,
        [a.title, a.summary, a.body, a.regulation, a.issuingBody, a.effectiveOn, a.articleRefs, a.source],
      );
    }
    for (const [i, r] of RULES.entries()) {
      await q.query(
        `INSERT INTO navigator_rules (code, title, obligation, description, conditions, deadline_working_days, deadline_text, sources, sort)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [r.code, r.title, r.obligation, r.description, JSON.stringify(r.conditions), r.deadlineWorkingDays ?? null, r.deadlineText, JSON.stringify(r.sources), (i + 1) * 10],
      );
    }
    for (const c of CANNED) {
      await q.query(`INSERT INTO canned_replies (programme, title, body) VALUES ($1, $2, $3)`, [c.programme, c.title, c.body]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['compliance_starts', 'canned_replies', 'navigator_rules', 'knowledge_articles']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS kb_document(text, text, text[], text, text)`);
    await q.query(`DROP FUNCTION IF EXISTS kb_vector(text[])`);
    await q.query(`DROP FUNCTION IF EXISTS kb_query_any(text)`);
    await q.query(`DROP FUNCTION IF EXISTS kb_query(text)`);
    await q.query(`DROP FUNCTION IF EXISTS kb_tokens(text, boolean)`);
  }
}

const GENAI = {
  regulation: '生成式人工智能服务管理暂行办法',
  issuingBody: '国家互联网信息办公室、国家发展和改革委员会、教育部、科学技术部、工业和信息化部、公安部、国家广播电视总局',
  effectiveOn: '2023-08-15',
  source: '国家互联网信息办公室等七部门令第15号，2023年7月10日公布，国家网信办网站（www.cac.gov.cn）',
};
const LABELS = {
  regulation: '人工智能生成合成内容标识办法',
  issuingBody: '国家互联网信息办公室、工业和信息化部、公安部、国家广播电视总局',
  effectiveOn: '2025-09-01',
  source: '国家网信办等四部门2025年3月印发，国家网信办网站（www.cac.gov.cn）',
};
const DEEP = {
  regulation: '互联网信息服务深度合成管理规定',
  issuingBody: '国家互联网信息办公室、工业和信息化部、公安部',
  effectiveOn: '2023-01-10',
  source: '国家互联网信息办公室、工业和信息化部、公安部令第12号，2022年11月25日公布，国家网信办网站（www.cac.gov.cn）',
};
const ALGO = {
  regulation: '互联网信息服务算法推荐管理规定',
  issuingBody: '国家互联网信息办公室、工业和信息化部、公安部、国家市场监督管理总局',
  effectiveOn: '2022-03-01',
  source: '国家互联网信息办公室、工业和信息化部、公安部、国家市场监督管理总局令第9号，2021年12月31日公布，国家网信办网站（www.cac.gov.cn）',
};

const ARTICLES = [
  {
    ...GENAI,
    title: '生成式人工智能服务：哪些服务适用《暂行办法》',
    articleRefs: ['第二条'],
    summary: '利用生成式人工智能技术向境内公众提供生成文本、图片、音频、视频等内容的服务，适用《生成式人工智能服务管理暂行办法》。',
    body: '《生成式人工智能服务管理暂行办法》第二条规定，利用生成式人工智能技术向中华人民共和国境内公众提供生成文本、图片、音频、视频等内容的服务，适用本办法。行业组织、企业、教育和科研机构、公共文化机构、有关专业机构等研发、应用生成式人工智能技术，未向境内公众提供生成式人工智能服务的，不适用本办法的规定。\n\n对创作者而言：仅在自己的创作中使用AI工具，不属于向公众“提供服务”；如果把AI生成功能做成产品、小程序或账号服务提供给公众使用，就属于提供者，应当履行提供者的义务。',
  },
  {
    ...GENAI,
    title: '生成式人工智能：具有舆论属性或社会动员能力的服务须安全评估并履行算法备案',
    articleRefs: ['第十七条'],
    summary: '提供具有舆论属性或者社会动员能力的生成式人工智能服务，应当开展安全评估，并按照《算法推荐管理规定》履行算法备案和变更、注销备案手续。',
    body: '《生成式人工智能服务管理暂行办法》第十七条规定，提供具有舆论属性或者社会动员能力的生成式人工智能服务的，应当按照国家有关规定开展安全评估，并按照《互联网信息服务算法推荐管理规定》履行算法备案和变更、注销备案手续。\n\n实务提示：算法备案的时限适用《算法推荐管理规定》第二十四条——自提供服务之日起十个工作日内。可使用本服务台的“合规导航”，输入上线日期后按工作日日历计算截止日期。',
  },
  {
    ...GENAI,
    title: '生成式人工智能生成的图片、视频须按规定进行标识',
    articleRefs: ['第十二条'],
    summary: '提供者应当按照《互联网信息服务深度合成管理规定》对图片、视频等生成内容进行标识。',
    body: '《生成式人工智能服务管理暂行办法》第十二条规定，提供者应当按照《互联网信息服务深度合成管理规定》对图片、视频等生成内容进行标识。自2025年9月1日起，标识的具体要求以《人工智能生成合成内容标识办法》为准（显式标识和隐式标识）。',
  },
  {
    ...LABELS,
    title: 'AI生成合成内容标识：什么是显式标识和隐式标识',
    articleRefs: ['第三条', '第四条', '第五条'],
    summary: '显式标识是用户能明显感知的文字、声音、图形提示；隐式标识是写入文件元数据等、用户不易感知的标识。',
    body: '《人工智能生成合成内容标识办法》第三条区分两类标识：显式标识，是在生成合成内容或者交互场景界面中添加的，以文字、声音、图形等方式呈现并可以被用户明显感知到的标识；隐式标识，是采取技术措施在生成合成内容文件数据中添加的，不易被用户明显感知到的标识。\n\n第四条要求服务提供者对属于《深度合成管理规定》第十七条第一款情形的生成合成内容添加显式标识：文本在起始、末尾或中间适当位置添加文字提示或通用符号提示；音频添加语音提示或音频节奏提示；图片在适当位置添加显著的提示标识；视频在起始画面和播放周边的适当位置添加显著的提示标识。\n\n第五条要求服务提供者在生成合成内容的文件元数据中添加隐式标识，包含生成合成内容属性信息、服务提供者名称或者编码、内容编号等制作要素信息。',
  },
  {
    ...LABELS,
    title: '创作者发布AI生成内容：主动声明并使用平台的标识功能',
    articleRefs: ['第十条'],
    summary: '用户通过网络信息内容传播服务发布生成合成内容的，应当主动声明并使用服务提供者提供的标识功能进行标识；不得恶意删除、篡改、伪造、隐匿标识。',
    body: '《人工智能生成合成内容标识办法》第十条规定，用户使用网络信息内容传播服务发布生成合成内容的，应当主动声明并使用服务提供者提供的标识功能进行标识。任何组织和个人不得恶意删除、篡改、伪造、隐匿本办法规定的生成合成内容标识，不得为他人实施上述行为提供工具或者服务。\n\n实务提示：在视频平台发布AI生成或AI深度加工的视频、封面、配音时，发布页面勾选“作者声明：内容由AI生成”等选项；不要裁掉、遮挡工具自动加上的水印或标签。',
  },
  {
    ...DEEP,
    title: '深度合成服务：添加标识、保存日志，可能导致混淆的须显著标识',
    articleRefs: ['第十六条', '第十七条', '第十八条'],
    summary: '深度合成服务提供者应对生成或编辑的内容添加标识；智能对话、合成人声、人脸生成替换等可能导致公众混淆的，应在合理位置显著标识；任何人不得删除、篡改、隐匿标识。',
    body: '《互联网信息服务深度合成管理规定》第十六条规定，深度合成服务提供者对使用其服务生成或者编辑的信息内容，应当采取技术措施添加不影响用户使用的标识，并依照法律、行政法规和国家有关规定保存日志信息。\n\n第十七条规定，提供智能对话、智能写作等模拟自然人进行文本生成或者编辑的服务，合成人声、仿声等语音生成或者显著改变个人身份特征的编辑服务，人脸生成、人脸替换、人脸操控、姿态操控等人物图像、视频生成或者显著改变个人身份特征的编辑服务，沉浸式拟真场景等生成或者编辑服务，以及其他具有生成或者显著改变信息内容功能的服务，可能导致公众混淆或者误认的，应当在生成或者编辑的信息内容的合理位置、区域进行显著标识。\n\n第十八条规定，任何组织和个人不得采用技术手段删除、篡改、隐匿相关标识。',
  },
  {
    ...DEEP,
    title: '深度合成服务的算法备案和安全评估',
    articleRefs: ['第十九条', '第二十条'],
    summary: '具有舆论属性或社会动员能力的深度合成服务提供者应当履行算法备案手续；上线具有舆论属性或社会动员能力的新产品、新应用、新功能的，应当开展安全评估。',
    body: '《互联网信息服务深度合成管理规定》第十九条规定，具有舆论属性或者社会动员能力的深度合成服务提供者，应当按照《互联网信息服务算法推荐管理规定》履行备案和变更、注销备案手续。\n\n第二十条规定，深度合成服务提供者开发上线具有舆论属性或者社会动员能力的新产品、新应用、新功能的，应当按照国家有关规定开展安全评估。',
  },
  {
    ...ALGO,
    title: '算法备案：自提供服务之日起十个工作日内',
    articleRefs: ['第二十四条'],
    summary: '具有舆论属性或者社会动员能力的算法推荐服务提供者，应当在提供服务之日起十个工作日内通过互联网信息服务算法备案系统履行备案手续；备案信息变更的，在变更之日起十个工作日内办理变更手续。',
    body: '《互联网信息服务算法推荐管理规定》第二十四条规定，具有舆论属性或者社会动员能力的算法推荐服务提供者应当在提供服务之日起十个工作日内通过互联网信息服务算法备案系统填报服务提供者的名称、服务形式、应用领域、算法类型、算法自评估报告、拟公示内容等信息，履行备案手续。备案信息发生变更的，应当在变更之日起十个工作日内办理变更手续。终止服务的，应当在终止服务之日起二十个工作日内办理注销备案手续。\n\n“十个工作日”按工作日计算，遇法定节假日顺延、调休上班日计入。本服务台的“合规导航”按国务院公布的放假安排计算截止日期。',
  },
  {
    ...ALGO,
    title: '算法推荐服务：告知用户、公示原理，并提供关闭选项',
    articleRefs: ['第十六条', '第十七条'],
    summary: '算法推荐服务提供者应当以显著方式告知用户其提供算法推荐服务的情况并公示基本原理；应当向用户提供不针对其个人特征的选项或便捷的关闭算法推荐服务的选项。',
    body: '《互联网信息服务算法推荐管理规定》第十六条规定，算法推荐服务提供者应当以显著方式告知用户其提供算法推荐服务的情况，并以适当方式公示算法推荐服务的基本原理、目的意图和主要运行机制等。\n\n第十七条规定，算法推荐服务提供者应当向用户提供不针对其个人特征的选项，或者向用户提供便捷的关闭算法推荐服务的选项。用户选择关闭算法推荐服务的，算法推荐服务提供者应当立即停止提供相关服务。',
  },
];

const PUBLIC_OPINION = [
  { question: 'servesPublic', equals: true },
  { question: 'publicOpinion', equals: true },
];
const GENERATES = { question: 'generates', anyOf: ['text', 'image', 'audio', 'video'] };

const RULES: { code: string; title: string; obligation: string; description: string; conditions: object[]; deadlineWorkingDays?: number; deadlineText: string; sources: object[] }[] = [
  {
    code: 'algorithm_filing',
    title: '算法备案',
    obligation: 'filing',
    description: '通过互联网信息服务算法备案系统填报服务提供者名称、服务形式、应用领域、算法类型、算法自评估报告、拟公示内容等信息。',
    conditions: PUBLIC_OPINION,
    deadlineWorkingDays: 10,
    deadlineText: '自提供服务之日起十个工作日内',
    sources: [
      { regulation: ALGO.regulation, article: '第二十四条' },
      { regulation: GENAI.regulation, article: '第十七条' },
      { regulation: DEEP.regulation, article: '第十九条' },
    ],
  },
  {
    code: 'security_assessment',
    title: '安全评估',
    obligation: 'assessment',
    description: '具有舆论属性或者社会动员能力的服务（及其新产品、新应用、新功能）按照国家有关规定开展安全评估。',
    conditions: PUBLIC_OPINION,
    deadlineText: '上线前',
    sources: [
      { regulation: GENAI.regulation, article: '第十七条' },
      { regulation: DEEP.regulation, article: '第二十条' },
    ],
  },
  {
    code: 'genai_filing',
    title: '生成式人工智能服务备案',
    obligation: 'filing',
    description: '使用自研或自行训练的大模型向公众提供生成式人工智能服务的，向属地网信部门申报生成式人工智能服务备案（大模型备案），并完成安全评估。',
    conditions: [{ question: 'servesPublic', equals: true }, { question: 'modelSource', equals: 'own_model' }, GENERATES],
    deadlineText: '向公众提供服务前',
    sources: [{ regulation: GENAI.regulation, article: '第十七条' }],
  },
  {
    code: 'genai_registration',
    title: '生成式人工智能应用登记',
    obligation: 'filing',
    description: '通过接口调用已备案的大模型向公众提供生成式人工智能服务的，按属地网信部门要求办理登记，并在显著位置公示所调用模型的备案信息。具体以属地网信部门的登记要求为准。',
    conditions: [{ question: 'servesPublic', equals: true }, { question: 'modelSource', equals: 'third_party_api' }, GENERATES],
    deadlineText: '向公众提供服务前',
    sources: [{ regulation: GENAI.regulation, article: '第十七条' }],
  },
  {
    code: 'explicit_label',
    title: '显式标识',
    obligation: 'label',
    description: '在生成合成的文本、音频、图片、视频的适当位置添加用户可明显感知的提示（文字、声音、图形），如视频起始画面和播放周边的“AI生成”提示。',
    conditions: [{ question: 'servesPublic', equals: true }, GENERATES],
    deadlineText: '提供服务时起',
    sources: [
      { regulation: LABELS.regulation, article: '第四条' },
      { regulation: DEEP.regulation, article: '第十七条' },
      { regulation: GENAI.regulation, article: '第十二条' },
    ],
  },
  {
    code: 'implicit_label',
    title: '隐式标识（文件元数据）',
    obligation: 'label',
    description: '在生成合成内容的文件元数据中添加隐式标识：内容属性信息、服务提供者名称或编码、内容编号等制作要素信息；并依法保存日志信息。',
    conditions: [{ question: 'servesPublic', equals: true }, GENERATES],
    deadlineText: '提供服务时起',
    sources: [
      { regulation: LABELS.regulation, article: '第五条' },
      { regulation: DEEP.regulation, article: '第十六条' },
    ],
  },
  {
    code: 'publisher_label',
    title: '发布时主动声明AI生成',
    obligation: 'label',
    description: '在网络平台发布AI生成合成内容时，主动声明并使用平台提供的标识功能进行标识；不得删除、篡改、伪造、隐匿标识（包括水印和元数据）。',
    conditions: [{ question: 'publishesAigc', equals: true }],
    deadlineText: '每次发布时',
    sources: [
      { regulation: LABELS.regulation, article: '第十条' },
      { regulation: DEEP.regulation, article: '第十八条' },
    ],
  },
  {
    code: 'algorithm_notice',
    title: '算法推荐告知与关闭选项',
    obligation: 'notice',
    description: '以显著方式告知用户提供算法推荐服务的情况并公示基本原理、目的意图和主要运行机制；提供不针对个人特征的选项或便捷的关闭选项。',
    conditions: [{ question: 'servesPublic', equals: true }, { question: 'recommends', equals: true }],
    deadlineText: '提供服务时起',
    sources: [{ regulation: ALGO.regulation, article: '第十六条、第十七条' }],
  },
];

const CANNED = [
  { programme: 'compliance', title: '受理告知', body: '{{creatorName}}您好，您的合规咨询（{{reference}}）已受理，我们将在 {{deadline}} 前答复。' },
  { programme: 'compliance', title: '标识要求答复', body: '{{creatorName}}您好，关于您咨询的AI生成内容标识问题（{{reference}}）：依据《人工智能生成合成内容标识办法》第十条，发布AI生成合成内容时应主动声明并使用平台提供的标识功能。' },
  { programme: 'shield', title: '受理并固定证据', body: '{{creatorName}}您好，您的申请（{{reference}}）已受理。请保留原始截图、录屏和链接，我们将在 {{deadline}} 前反馈处置进展。' },
  { programme: 'starlight', title: '申报材料提示', body: '{{creatorName}}您好，您的申报（{{reference}}）已收到，请确认作品首发时间在征集期内，我们将在 {{deadline}} 前完成初审。' },
  { programme: 'legislation', title: '建议已转报', body: '{{creatorName}}您好，您的建议（{{reference}}）已转报市委网信办立法渠道，答复后将通知您。' },
];
