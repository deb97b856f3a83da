/**
 * 论坛公约: what a resident agrees to when joining a board, in plain words.
 * A member's record keeps the version they accepted; change the version
 * whenever the text changes in substance.
 */
export const PLEDGE_VERSION = '2026-12'

/** The pledge's sections: a heading and its paragraphs, as the rules page shows them. */
export const PLEDGE_SECTIONS: { heading: string; paragraphs: string[] }[] = [
  {
    heading: '这是谁的论坛',
    paragraphs: [
      '每个社区和街道都有自己的居民论坛，由社区居委会和街道的社区工作者管理。住在本社区的居民经过实名核验、同意本公约后，可以在本社区和所在街道的论坛发帖、回复。',
      '发言时别人只看到您的昵称，看不到您的姓名、电话和证件号码。平台按国家规定保存您的实名信息，只在依法需要时使用。',
    ],
  },
  {
    heading: '请这样发言',
    paragraphs: [
      '就事论事，友善交流，不辱骂、不攻击他人；不发布违法违规、色情低俗、谣言和广告诈骗的内容。',
      '不公开他人的姓名、电话、门牌号和照片等个人信息；讲到具体的人和事，请先想一想对方是否愿意被公开。',
      '需要政府部门办理的事，可以拨打12345或在“网上12345”提交，论坛里的讨论不能代替正式的诉求。',
    ],
  },
  {
    heading: '先审后发和先发后审',
    paragraphs: [
      '大多数论坛“先发后审”：帖子和回复提交后马上显示，管理人员随后巡查。有的论坛（或者内容里有需要核实的词语时）“先审后发”：管理人员审核通过后才显示，审核期间只有您自己知道内容已提交。',
      '含有禁止发布的词语的内容不能提交；个别不文明的词语会自动显示为*号。',
    ],
  },
  {
    heading: '举报和处理',
    paragraphs: [
      '每条帖子和回复旁边都有“举报”链接。举报的人较多时，内容会先暂停显示，等待复核。',
      '违反公约的内容会被屏蔽并说明理由；多次违反的，可能被禁言或列入黑名单，列入黑名单后换账号也不能再发言。对处理有异议的，可以联系社区居委会。',
    ],
  },
  {
    heading: 'IP属地',
    paragraphs: ['按照国家规定，每条帖子和回复都显示发布时的IP属地（国内显示到省，例如“IP属地：河南”；境外显示国家或地区）。'],
  },
]
