import { describe, expect, it } from 'vitest';
import { withOffsets } from '../src/extract/leaders.js';
import { findOrganizationMentions } from '../src/extract/organizations.js';
import { segmenter } from '../src/nlp/jieba.js';

const orgs = (text: string) => findOrganizationMentions(text, withOffsets(text, segmenter.tag(text))).map((o) => o.name);

describe('findOrganizationMentions', () => {
  it.each([
    ['新整合组建的南通兴环环境卫生服务有限公司,将承担环卫作业工作。', ['南通兴环环境卫生服务有限公司']],
    ['狼山镇街道人大工委开展“大地美容”行动', ['狼山镇街道人大工委']],
    ['同时召集街道综合行政执法局、社区、物业等单位', ['街道综合行政执法局']],
    ['系列活动启动暨钟秀街道商会第一届产业发展沙龙', ['钟秀街道商会']],
    ['区区政府副区长张文锦等出席会议', []],
    ['观察团联合物业公司开展清理，相关单位和社区党委', []],
    ['形成新格局与新气象', []],
  ])('%s', (text, want) => expect(orgs(text)).toEqual(want));
});

describe('findOrganizationMentions: companies, schools before a post, institutions, meetings', () => {
  it.each([
    // A company name runs left over content words to a boundary (在/p), 新 included.
    ['在江苏海通新材料有限公司项目现场，塔吊林立。', ['江苏海通新材料有限公司']],
    ['来到江海电子科技有限公司、正余镇工业集中区等地', ['江海电子科技有限公司']],
    // A school glued to its head's post (小学校长).
    ['悦来镇中心小学校长邱建明表示，学校将持续加强教育。', ['悦来镇中心小学']],
    ['城南实验中学校长王明说', ['城南实验中学']],
    // Institutions named 中心, a level character alone naming them.
    ['县疾控中心开展结核病防治宣传', ['县疾控中心']],
    // A 服务中心 is a facility (a place), and 从镇 glued by the segmenter is no part of a name.
    ['记者从镇农业服务中心获悉', []],
    ['市疾控中心组织培训', ['市疾控中心']],
    // A meeting is no organization.
    ['区政协召开“推动民营经济高质量发展”专题协商会。', []],
    ['钟秀街道商会召开会员大会', ['钟秀街道商会']],
  ])('%s', (text, want) => expect(orgs(text)).toEqual(want));
});
