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
