import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

/** The accessibility statement (无障碍声明). */
export default function AccessibilityStatement() {
  return (
    <Layout title="无障碍声明" description="本网站的无障碍和适老化情况说明。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>无障碍声明</h1>
      <p className="lead">我们希望每一位居民，包括老年人和残障人士，都能顺利使用本网站。</p>

      <h2>本网站能做到的</h2>
      <ul>
        <li>按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）和 WCAG 2.2 AA 级要求建设。</li>
        <li>只用键盘就能完成全部操作：按 Tab 键移动，按回车键打开链接，每页开头有“跳到主要内容”链接。</li>
        <li>支持读屏软件：页面有清楚的标题层级和区域标记，图片有文字说明。</li>
        <li>
          点页面顶部的“长辈版”按钮，可切换为大字体、大按钮、高对比度的长辈版，并会在本机记住您的选择。浏览器设置了“高对比度”或“减少动态效果”的，网站也会照做。
        </li>
        <li>办事指南页有“朗读本页”按钮，可用浏览器自带的语音朗读（需浏览器支持）。</li>
        <li>关闭 JavaScript 也能浏览全部办事指南；搜索需要 JavaScript，关闭时可以使用“全部事项（按拼音排序）”。</li>
        <li>
          在线申请表的每一项都有文字标签和填写提示；填错时，页面顶部会列出全部问题，点一下就能跳到要改的地方。提交申请和查询办件进度需要
          JavaScript，也可以拨打电话请工作人员代办、代查。
        </li>
        <li>材料清单可以直接打印，打印件上有复选框和本页的二维码。</li>
        <li>没有广告、弹窗，不下载网络字体，在慢速网络上也能较快打开。</li>
      </ul>

      <h2>我们如何检查</h2>
      <p>每次发布新版本前，我们用 axe-core 对每一类页面在标准版和长辈版下自动检查，并用键盘和读屏软件人工检查主要办事流程。</p>

      <h2>还不完善的地方</h2>
      <ul>
        <li>部分空白表格和填写样例是图片或 PDF 文件，读屏软件可能无法完整读出。需要帮助时请拨打电话，我们会把内容读给您听或提供其他格式。</li>
        <li>链接到其他部门网站的页面，不一定达到同样的无障碍要求。</li>
      </ul>

      <h2>遇到困难请告诉我们</h2>
      <p>
        使用中遇到任何障碍，请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />，我们会帮您办理，并尽快改进网站。
      </p>
    </Layout>
  )
}
