<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>shopcrm</name>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="145" />
      <source>&amp;Customers</source>
      <translation>顾客(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="151" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="140" />
      <source>&amp;Shop</source>
      <translation>店铺(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="109" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="68" />
      <location filename="../../shopcrm/ui/quick_add.py" line="40" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="214" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="42" />
      <source>--customers must be at least 1.</source>
      <translation>--customers 至少为 1。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="93" />
      <source>A birthday cannot be in the future.</source>
      <translation>生日不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="267" />
      <source>A clerk's name has at most 50 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="112" />
      <location filename="../../shopcrm/validation.py" line="200" />
      <source>A customer cannot refer herself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="67" />
      <source>A name has at most 50 characters.</source>
      <translation>姓名最多 50 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="70" />
      <source>About her</source>
      <translation>了解她</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="137" />
      <location filename="../../shopcrm/ui/main_window.py" line="274" />
      <source>About shopcrm</source>
      <translation>关于 shopcrm</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="77" />
      <source>Accepts promotional messages</source>
      <translation>愿意接收促销信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="136" />
      <source>Add at least one item to the sale.</source>
      <translation>请至少添加一件商品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="278" />
      <source>Add at least one tier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="59" />
      <source>Add clerk</source>
      <translation>添加导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="59" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="103" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="41" />
      <source>Adjusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="80" />
      <source>All clerks</source>
      <translation>全部导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="83" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="78" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="87" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</source>
      <translation>已登记：{name}（{number}）。&lt;a href='open'&gt;打开她的档案&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="64" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="62" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="351" />
      <source>An age of {age} cannot be right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="36" />
      <source>Anniversary</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="54" />
      <source>Approximate birth year</source>
      <translation>大约出生年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="121" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="54" />
      <source>As soon as she no longer qualifies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="44" />
      <source>At risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="32" />
      <source>At the end of the year after they were earned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="31" />
      <source>At the end of the year they were earned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="53" />
      <source>At the yearly review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="46" />
      <source>Awaiting follow-up</source>
      <translation>待回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="132" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="60" />
      <location filename="../../shopcrm/ui/main_window.py" line="262" />
      <source>Backup written: {path}</source>
      <translation>备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="40" />
      <source>Best customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="34" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="52" />
      <location filename="../../shopcrm/ui/quick_add.py" line="56" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="233" />
      <source>Birthday discount</source>
      <translation>生日折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="62" />
      <source>Bottom size</source>
      <translation>下装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="52" />
      <source>Bought recently, often and the most: thank them, invite them to events.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="85" />
      <source>Broken link in {table}, row {row}.</source>
      <translation>{table} 表第 {row} 行的关联已损坏。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="53" />
      <source>Buy often: keep in touch and greet them on their days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Calendar</source>
      <translation>历法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="55" />
      <source>Came back lately: a little care makes them regulars.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="240" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="97" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="102" />
      <source>Cannot open {file}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="145" />
      <source>Cannot replace {file}: close it in Excel or WPS and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="229" />
      <source>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="161" />
      <source>Cannot undo: {reason}</source>
      <translation>无法撤销：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="134" />
      <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="57" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="283" />
      <source>Check the quantities and prices marked in red.</source>
      <translation>请检查标红的数量和单价。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="95" />
      <source>Check the year: it is before 1900.</source>
      <translation>请检查年份：早于 1900 年。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="111" />
      <source>Checked {customers} customers and {purchases} sales: {result}.</source>
      <translation>已检查 {customers} 位顾客和 {purchases} 笔销售：{result}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="37" />
      <source>Child starts school</source>
      <translation>孩子入学</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="61" />
      <source>Choose a customer to restore.</source>
      <translation>请选择要恢复的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="56" />
      <source>Choose another file: that one is the database itself.</source>
      <translation>请选择其他文件：该文件就是当前数据库本身。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="262" />
      <source>Choose how customers qualify for a tier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="76" />
      <source>Choose one of the listed values.</source>
      <translation>请从列表中选择。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="180" />
      <source>Choose skip, fill or overwrite for duplicates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="116" />
      <source>Choose the referrer from the customer list; that one is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="58" />
      <source>Choose two different customers to merge.</source>
      <translation>请选择两位不同的顾客进行合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="28" />
      <source>Choose what kind of date this is.</source>
      <translation>请选择日期的类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="264" />
      <source>Choose when a customer may go down a tier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="34" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="68" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="228" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="65" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="67" />
      <location filename="../../shopcrm/ui/quick_add.py" line="57" />
      <source>Clerk in charge</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="55" />
      <source>Clerks</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="40" />
      <source>Click to copy the number</source>
      <translation>点击复制号码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="91" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="27" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="47" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="41" />
      <source>Clothing shop</source>
      <translation>服装店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="62" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="59" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="38" />
      <source>Company anniversary</source>
      <translation>公司纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="76" />
      <location filename="../../shopcrm/ui/main_window.py" line="85" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="77" />
      <source>Contacts</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="12" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="175" />
      <source>Customer care for a small shop. No command opens the window.</source>
      <translation>小店顾客关系管理。不带命令时打开窗口。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="66" />
      <source>Customers</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="176" />
      <source>Database: {path}</source>
      <translation>数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="59" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="227" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="51" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Deleted</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="124" />
      <source>Delivery address and room are recorded with each sale.</source>
      <translation>送货地址和摆放房间随每笔销售记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="46" />
      <source>Demo shop ready in {path}: {customers} customers, {purchases} sales.</source>
      <translation>演示店铺已生成：{path}，{customers} 位顾客，{purchases} 笔销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="56" />
      <source>Description</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="65" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="14" />
      <source>Dormant</source>
      <translation>休眠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="150" />
      <source>Dry run: nothing was written.</source>
      <translation>试运行：没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="58" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="38" />
      <source>Earned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="104" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="96" />
      <source>Employer</source>
      <translation>工作单位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="49" />
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="40" />
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="229" />
      <source>Extra discount (¥)</source>
      <translation>额外优惠（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="99" />
      <source>Family</source>
      <translation>家庭情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="35" />
      <source>Family birthday</source>
      <translation>家人生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="57" />
      <source>Few, small, long-ago purchases: a friendly note now and then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="123" />
      <source>Find customer</source>
      <translation>查找顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="54" />
      <source>First purchase lately: call within a week and make her welcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="49" />
      <source>Font size</source>
      <translation>字号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="41" />
      <source>Furniture shop</source>
      <translation>家具店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="48" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="45" />
      <source>Hibernating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="98" />
      <source>Highest tier reached</source>
      <translation>已是最高等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="103" />
      <source>Hobbies</source>
      <translation>爱好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="72" />
      <source>Home</source>
      <translation>住宅信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="120" />
      <source>House type</source>
      <translation>房屋类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="564" />
      <location filename="../../shopcrm/importer.py" line="487" />
      <source>Import cancelled: nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="622" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>In days</source>
      <translation>还有几天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="98" />
      <source>Income band</source>
      <translation>收入水平</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="11" />
      <source>Intending buyer</source>
      <translation>意向客户</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="60" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="143" />
      <source>Item {n}: the price cannot be negative.</source>
      <translation>第 {n} 件：单价不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="139" />
      <source>Item {n}: the quantity cannot be 0 (use a negative quantity for a return).</source>
      <translation>第 {n} 件：数量不能为 0（退货请填负数）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="54" />
      <source>Keep which record? The other one is merged into it.</source>
      <translation>保留哪一条档案？另一条将合并进来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="35" />
      <source>Key date</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="73" />
      <source>Key dates</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="48" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="52" />
      <source>Kind of shop</source>
      <translation>店铺类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="48" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="62" />
      <location filename="../../shopcrm/ui/customer_table.py" line="36" />
      <source>Last visit</source>
      <translation>最近到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="122" />
      <source>Layout</source>
      <translation>户型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="104" />
      <source>Lifestyle</source>
      <translation>生活方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="15" />
      <source>Lost</source>
      <translation>流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="41" />
      <source>Loyal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="129" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="53" />
      <source>Lunar calendar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="53" />
      <source>Lunar calendar birthday</source>
      <translation>过农历生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="153" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="70" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="50" />
      <source>Merge two customers</source>
      <translation>合并两位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="130" />
      <source>Merge two customers…</source>
      <translation>合并两位顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="107" />
      <source>Merged with {number}</source>
      <translation>与 {number} 合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="251" />
      <source>Merged.</source>
      <translation>已合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="58" />
      <source>Middling on every count: a personal message may bring them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="50" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="89" />
      <location filename="../../shopcrm/ui/customer_card.py" line="211" />
      <source>Move to trash</source>
      <translation>移到回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="212" />
      <source>Move {name} to the trash? The owner can restore her from there.</source>
      <translation>把 {name} 移到回收站？店长可以从回收站恢复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="31" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="47" />
      <location filename="../../shopcrm/ui/quick_add.py" line="47" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="130" />
      <source>Name it with --sheet NAME.</source>
      <translation>请用 --sheet 名称 指定工作表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="58" />
      <source>Name of a new clerk</source>
      <translation>新导购的姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="60" />
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="46" />
      <source>Need attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="30" />
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="52" />
      <source>Never: a tier once reached is kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="42" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="31" />
      <source>New customer</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="125" />
      <source>New customer…</source>
      <translation>新顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Next</source>
      <translation>下一次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="371" />
      <source>No customer has this number or phone: import the referrer first, or clear the cell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="103" />
      <source>No customer has this phone.</source>
      <translation>没有顾客使用这个号码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="153" />
      <source>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="87" />
      <source>No tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="30" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="146" />
      <source>Not saved: check the fields marked in red.</source>
      <translation>未保存：请检查标红的栏目。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="230" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="106" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="46" />
      <source>Number of visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="95" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="150" />
      <source>On registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="61" />
      <source>Only her name and phone are needed. What she tells us stays in this shop and is never shared.</source>
      <translation>只需要姓名和电话。她告诉我们的信息只留在本店，绝不外传。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="191" />
      <source>Only the owner can adjust points; ask her to do it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="45" />
      <source>Open</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="126" />
      <source>Open card</source>
      <translation>打开档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>Opened</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <location filename="../../shopcrm/labels.py" line="39" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="66" />
      <source>Paid</source>
      <translation>实付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="100" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="32" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="55" />
      <location filename="../../shopcrm/ui/quick_add.py" line="48" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="25" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="108" />
      <source>Phone number copied.</source>
      <translation>号码已复制。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="63" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="67" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="113" />
      <source>Points pay towards a sale, not a return; set them to 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="238" />
      <source>Points valid until {date} lapsed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="97" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="74" />
      <source>Preferred contact</source>
      <translation>喜欢的联系方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="69" />
      <source>Profile</source>
      <translation>基本档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="90" />
      <source>Profile {p}% complete (hard facts 20%, knowing her 80%)</source>
      <translation>档案完整度 {p}%（硬件档案占20%，软件档案占80%）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="43" />
      <source>Promising</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="74" />
      <source>Purchases</source>
      <translation>购买记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="63" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="60" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="136" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="97" />
      <source>Recomputed the figures of {n} customers.</source>
      <translation>已重新计算 {n} 位顾客的汇总数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="81" />
      <source>Record sale (Ctrl+Enter)</source>
      <translation>记录销售（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="237" />
      <source>Record sale (Ctrl+S)</source>
      <translation>记录销售（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="128" />
      <source>Record sale…</source>
      <translation>记录销售…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="39" />
      <source>Redeemed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="164" />
      <source>Referral: {name} made her first purchase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="64" />
      <source>Referrals made</source>
      <translation>介绍新客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="58" />
      <source>Referred by</source>
      <translation>介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="45" />
      <source>Registered</source>
      <translation>登记入会</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="13" />
      <source>Regular</source>
      <translation>老顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="134" />
      <source>Rejected rows written to {path}</source>
      <translation>未导入的行已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="105" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="162" />
      <source>Remove key date</source>
      <translation>删除关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="207" />
      <source>Remove row</source>
      <translation>删除这一行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="163" />
      <source>Remove {what}?</source>
      <translation>删除{what}？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="48" />
      <source>Reopened</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="88" />
      <source>Reports and the monthly VIP list are coming in a later version.</source>
      <translation>报表和每月VIP名单将在后续版本中提供。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="119" />
      <source>Residential community</source>
      <translation>小区</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="25" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="67" />
      <source>Restored {file} into {path}.</source>
      <translation>已将 {file} 恢复到 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="160" />
      <location filename="../../shopcrm/sales.py" line="214" />
      <source>Return {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="192" />
      <location filename="../../shopcrm/ui/main_window.py" line="234" />
      <source>Sale recorded.</source>
      <translation>销售已记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="230" />
      <source>Sale recorded. {name} is now {tier}!</source>
      <translation>销售已记录。{name} 升级为{tier}！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="192" />
      <source>Sale to {name}</source>
      <translation>{name} 的销售单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="866" />
      <location filename="../../shopcrm/points.py" line="150" />
      <location filename="../../shopcrm/sales.py" line="214" />
      <source>Sale {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="89" />
      <source>Sale {id}: {detail}</source>
      <translation>销售 {id}：{detail}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="83" />
      <source>Save (Ctrl+S)</source>
      <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="243" />
      <source>Save the changes to {name}?</source>
      <translation>保存对 {name} 的修改吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="151" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="181" />
      <source>Say why the points change: she may ask.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="76" />
      <source>Search: last digits of the phone, name, pinyin initials (zxl) or number</source>
      <translation>搜索：手机尾号、姓名、拼音首字母（如 zxl）或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="56" />
      <source>Second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="241" />
      <source>Select exactly two customers to merge.</source>
      <translation>请选中两位顾客再合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="134" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="47" />
      <source>Several sheets hold customer lists ({names}): choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="179" />
      <source>She has already bought; her status follows her purchases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="118" />
      <source>She has {n} points; redeem at most that many.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="196" />
      <source>She has {n} points; take away at most that many.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="207" />
      <source>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="63" />
      <source>Shoe size</source>
      <translation>鞋码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="53" />
      <source>Shop name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="61" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="58" />
      <source>Size</source>
      <translation>尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="129" />
      <source>Solar</source>
      <translation>公历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="710" />
      <source>Someone changed the customers while the import was prepared (a phone is now taken). Nothing was imported: run the import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="35" />
      <source>Something went wrong</source>
      <translation>出了点问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="101" />
      <source>Spending habits</source>
      <translation>消费习惯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="45" />
      <source>Spending in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="496" />
      <source>Spending in the last 12 months changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="867" />
      <source>Spending reached the tier threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="37" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="70" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="55" />
      <source>Style no.</source>
      <translation>款号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="102" />
      <source>Style preferences</source>
      <translation>穿衣风格偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="231" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="26" />
      <source>Text message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="28" />
      <location filename="../../shopcrm/points.py" line="187" />
      <location filename="../../shopcrm/sales.py" line="173" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="128" />
      <source>That file is the database itself; choose a backup.</source>
      <translation>该文件就是当前数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="34" />
      <source>That month has at most {n} days.</source>
      <translation>这个月最多 {n} 天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="130" />
      <source>The area must be between 0 and 100,000 m².</source>
      <translation>面积应在 0 到 100,000 平方米之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="79" />
      <source>The complaints register and the nine-step wizard are coming in a later version.</source>
      <translation>投诉登记和九步处理向导将在后续版本中提供。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="69" />
      <source>The database as it was before is kept in {path}.</source>
      <translation>恢复前的数据库保存在 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="79" />
      <source>The database is damaged ({reason}); restore a backup.</source>
      <translation>数据库已损坏（{reason}）；请恢复一个备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="861" />
      <source>The demo shop kind must be clothing or furniture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="149" />
      <source>The discount cannot be negative.</source>
      <translation>优惠金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="178" />
      <source>The discount is larger than the sale.</source>
      <translation>优惠金额超过了销售金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="276" />
      <source>The grace period is a number of days from 0 to 365.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="36" />
      <source>The last action did not complete; your saved data is safe.
Details were written to {path}.</source>
      <translation>刚才的操作没有完成；已保存的数据是安全的。
详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="166" />
      <source>The last save was undone.</source>
      <translation>已撤销上次保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="246" />
      <source>The lowest tier must start at 0, so that every customer has a tier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="30" />
      <source>The month is a number from 1 to 12.</source>
      <translation>月份是 1 到 12 之间的数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="124" />
      <source>The points would be worth more than the sale; redeem at most {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="202" />
      <source>The referring customer no longer exists.</source>
      <translation>介绍人已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="147" />
      <source>The sale date cannot be in the future.</source>
      <translation>销售日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="50" />
      <source>The shop</source>
      <translation>店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="289" />
      <source>The tiers were changed elsewhere; close the settings and open them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="21" />
      <source>There is already a clerk called {name}.</source>
      <translation>已经有一位叫 {name} 的导购。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="238" />
      <source>There is no sheet “{sheet}”; the sheets are: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="46" />
      <source>This computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="908" />
      <source>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="172" />
      <source>This phone already belongs to {name} ({number}).</source>
      <translation>这个号码已属于 {name}（{number}）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="295" />
      <source>This phone belongs to another customer than number {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="33" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="232" />
      <source>Tier discount</source>
      <translation>会员折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="498" />
      <source>Tier re-evaluated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="198" />
      <source>Tier upgrade</source>
      <translation>会员升级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="188" />
      <source>Tier {n}: a name has at most {limit} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="208" />
      <source>Tier {n}: a number of visits is a whole number, e.g. 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="228" />
      <source>Tier {n}: shorten the benefits to at most {limit} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="218" />
      <source>Tier {n}: the birthday discount must be a number from 0 to 100 (%).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="213" />
      <source>Tier {n}: the discount must be a number from 0 to 100 (%).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="223" />
      <source>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="204" />
      <source>Tier {n}: the threshold must be from 0 to 999,999,999.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="252" />
      <source>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="186" />
      <source>Tier {n}: type a name, e.g. 银卡.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="201" />
      <source>Tier {n}: type the threshold as a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="192" />
      <source>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="234" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="75" />
      <source>Today's follow-ups</source>
      <translation>今日回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="69" />
      <source>Today's follow-ups: calls after a purchase, birthdays and festival greetings — coming in a later version.</source>
      <translation>今日回访：购买后回访、生日和节日问候——将在后续版本中提供。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="38" />
      <location filename="../../shopcrm/validation.py" line="56" />
      <source>Too long: at most {n} characters.</source>
      <translation>太长了：最多 {n} 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="248" />
      <source>Too many numbers in one cell: keep one or two.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="61" />
      <source>Top size</source>
      <translation>上装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="44" />
      <source>Total spending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="60" />
      <location filename="../../shopcrm/ui/customer_table.py" line="35" />
      <source>Total spent</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="20" />
      <source>Trash</source>
      <translation>回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="131" />
      <source>Trash…</source>
      <translation>回收站…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="36" />
      <source>Type a year between 1900 and next year, or leave it empty.</source>
      <translation>请输入 1900 年到明年之间的年份，或留空。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="107" />
      <source>Type a year between 1900 and this year.</source>
      <translation>请输入 1900 年到今年之间的年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="73" />
      <location filename="../../shopcrm/validation.py" line="105" />
      <source>Type a year, e.g. 1985.</source>
      <translation>请输入年份，如 1985。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="65" />
      <source>Type her name (a surname alone is fine).</source>
      <translation>请输入她的姓名（只写姓也可以）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="307" />
      <source>Type her name: a new customer needs one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="60" />
      <source>Type her phone number: it is how she is found.</source>
      <translation>请输入手机号：以后靠它找到她。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="178" />
      <source>Type how many points to add, or take away with a minus sign.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="128" />
      <source>Type the area in m², e.g. 120.5.</source>
      <translation>请输入面积（平方米），如 120.5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="17" />
      <source>Type the clerk's name.</source>
      <translation>请输入导购的姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="292" />
      <source>Type the discount as an amount, e.g. 50.</source>
      <translation>请按金额填写优惠，如 50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="110" />
      <source>Type the points to redeem as 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="86" />
      <source>Undo last save</source>
      <translation>撤销上次保存</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="61" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="242" />
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="195" />
      <source>Upgraded to {tier}!</source>
      <translation>已升级为{tier}！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="56" />
      <source>Used to buy often or much, not lately: call them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="75" />
      <source>VIP history</source>
      <translation>会员等级记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="569" />
      <source>VIP rules changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="28" />
      <source>Visit</source>
      <translation>上门/到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="10" />
      <source>Visitor</source>
      <translation>来访未成交</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="61" />
      <source>Visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="27" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="57" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="105" />
      <source>What matters to her</source>
      <translation>她看重什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>What she said</source>
      <translation>顾客原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="49" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Whose / what</source>
      <translation>谁的 / 什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="91" />
      <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
      <translation>日期请写成 年-月-日，如 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_report.py" line="111" />
      <source>Write the month as YYYY-MM, e.g. 2025-03.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="269" />
      <source>Write the review date as month-day, e.g. 01-01.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="168" />
      <source>Wrote {path} ({n} customers).</source>
      <translation>已写入 {path}（{n} 位顾客）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="52" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="123" />
      <source>Year built</source>
      <translation>建成年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="494" />
      <source>Yearly tier review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="210" />
      <source>a phone already known: skip the row, fill empty fields, or overwrite</source>
      <translation>手机号已存在时：跳过该行、只补空白字段或覆盖</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="114" />
      <source>all good</source>
      <translation>一切正常</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="205" />
      <source>check the file, write nothing</source>
      <translation>只检查文件，不写入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="27" />
      <source>complaints</source>
      <translation>条投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="28" />
      <source>contacts</source>
      <translation>条联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="189" />
      <source>copy the database now</source>
      <translation>立即备份数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="180" />
      <source>database file (default: $SHOPCRM_DB, else the data folder)</source>
      <translation>数据库文件（默认：$SHOPCRM_DB，否则为数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="37" />
      <source>e.g. 138 1234 5678</source>
      <translation>如 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="51" />
      <source>e.g. 1990-05-03</source>
      <translation>如 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="40" />
      <source>e.g. daughter Lili, wedding</source>
      <translation>如：女儿丽丽、结婚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="190" />
      <source>file or folder</source>
      <translation>文件或文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="183" />
      <source>fill an empty database with a living demo shop</source>
      <translation>在空数据库中生成一家演示店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="202" />
      <source>import customer profiles from .xlsx or .csv</source>
      <translation>从 .xlsx 或 .csv 导入顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="25" />
      <source>key dates</source>
      <translation>个关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="105" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="90" />
      <source>no phone</source>
      <translation>无电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="33" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="41" />
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="44" />
      <source>optional</source>
      <translation>可不填</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="39" />
      <source>optional, e.g. 1990-05-03</source>
      <translation>可不填，如 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="43" />
      <source>optional: the phone of the friend who brought her</source>
      <translation>可不填：介绍她来的朋友的手机号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="26" />
      <source>points entries</source>
      <translation>条积分记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="213" />
      <source>print the counts as JSON</source>
      <translation>以 JSON 输出统计数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="199" />
      <source>recompute derived figures that disagree with the sales</source>
      <translation>重新计算与销售记录不符的汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="30" />
      <source>referred friends</source>
      <translation>位介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="192" />
      <source>replace the database with a verified backup</source>
      <translation>用经过校验的备份替换数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="139" />
      <source>row {row}, {column} “{value}”: {reason}</source>
      <translation>第 {row} 行，{column}“{value}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="24" />
      <source>sales</source>
      <translation>笔销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="275" />
      <source>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</source>
      <translation>shopcrm 帮您维护老顾客：档案、VIP等级、销售和关怀，数据只保存在这台电脑上。
数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="58" />
      <source>shopcrm — customer care</source>
      <translation>shopcrm — 老顾客维护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="222" />
      <source>the month of the VIP list (default: this month)</source>
      <translation>VIP名单的月份（默认：本月）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="204" />
      <source>the sheet holding the customers</source>
      <translation>顾客数据所在的工作表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="29" />
      <source>tier changes</source>
      <translation>条等级变动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="243" />
      <source>unexpected error; details were written to {path}</source>
      <translation>发生意外错误；详细信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="195" />
      <source>verify the file and every derived figure</source>
      <translation>校验文件及所有汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="215" />
      <source>write profiles, a template or the VIP list</source>
      <translation>导出顾客档案、导入模板或VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="212" />
      <source>write the rejected rows here</source>
      <translation>把未导入的行写到这里</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="34" />
      <source>{absorbed} will be merged into {survivor}.
Moves: {moved}.
Empty fields filled from {absorbed}: {filled}.
{absorbed} then goes to the trash, marked as merged.</source>
      <translation>{absorbed} 将合并到 {survivor}。
转移：{moved}。
用 {absorbed} 补全的空白栏目：{filled}。
之后 {absorbed} 移入回收站，标记为已合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="147" />
      <source>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
      <translation>新增 {added}，更新 {updated}，跳过 {skipped}，拒绝 {rejected}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="312" />
      <source>{amount} (her birthday, {pct}%)</source>
      <translation>{amount}（生日当天，{pct}%）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="94" />
      <source>{amount} more to reach {tier}</source>
      <translation>再消费 {amount} 升级为{tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="154" />
      <source>{amount} spent in the last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="155" />
      <source>{amount} spent in total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="161" />
      <source>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="73" />
      <source>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="114" />
      <source>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="106" />
      <source>{file} is larger than {mb} MB: split it into smaller files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="89" />
      <source>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="218" />
      <source>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="130" />
      <source>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="143" />
      <source>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="284" />
      <source>{file}, line {line}: {reason}. Fix that line and import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="704" />
      <source>{file}: {added} added, {updated} updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="225" />
      <source>{month}/{day} is not a day of the year: write the month, then the day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="70" />
      <source>{name} is back in the list.</source>
      <translation>{name} 已恢复到顾客列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="199" />
      <source>{name} is now {tier}. Tell her the good news and her new benefits.</source>
      <translation>{name} 现在是{tier}了。告诉她这个好消息和新的会员权益吧。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="117" />
      <source>{name} was merged into {number}; open that customer instead.</source>
      <translation>{name} 已合并到 {number}；请打开该顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="94" />
      <source>{name}'s referral was already rewarded; it can no longer change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="103" />
      <source>{number}: {column} is {stored}, the sales say {expected}.</source>
      <translation>{number}：{column} 记录为 {stored}，按销售记录应为 {expected}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="141" />
      <source>{n} complaints</source>
      <translation>{n} 条投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="165" />
      <source>{n} contacts</source>
      <translation>{n} 条联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="145" />
      <location filename="../../shopcrm/ui/main_window.py" line="177" />
      <source>{n} customers</source>
      <translation>{n} 位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="56" />
      <source>{n} customers in the trash</source>
      <translation>回收站中有 {n} 位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="136" />
      <source>{n} key dates</source>
      <translation>{n} 个关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="145" />
      <source>{n} matches</source>
      <translation>找到 {n} 位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="78" />
      <source>{n} pcs</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="139" />
      <source>{n} points for {amount} off, sale {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="114" />
      <source>{n} problems</source>
      <translation>{n} 个问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="112" />
      <source>{n} sales, {total} in all</source>
      <translation>共 {n} 笔，合计 {total}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="152" />
      <source>{n} visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="60" />
      <source>{path} belongs to another program, not shopcrm; nothing was changed.</source>
      <translation>{path} 属于其他程序，不是 shopcrm 的数据库；未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="54" />
      <source>{path} cannot be read ({reason}). Restore a backup.</source>
      <translation>无法读取 {path}（{reason}）。请恢复一个备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="102" />
      <source>{path} has {count} broken links between records; choose another backup.</source>
      <translation>{path} 中有 {count} 处记录之间的关联已损坏；请选择其他备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="85" />
      <source>{path} holds no shop data.</source>
      <translation>{path} 中没有店铺数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="36" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="96" />
      <source>{path} is damaged ({reason}); choose another backup.</source>
      <translation>{path} 已损坏（{reason}）；请选择其他备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="42" />
      <source>{path} is not a shopcrm database (not an SQLite file).</source>
      <translation>{path} 不是 shopcrm 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="66" />
      <source>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</source>
      <translation>{path} 由更新版本的 shopcrm 写入（数据版本 {found}，本程序支持 {known}）。请升级 shopcrm 后再打开；未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="124" />
      <source>{referrer} was brought in through {name}; choose someone else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="265" />
      <source>{value} is not a date: write it as 1990-05-03.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="144" />
      <source>{value} is not a phone number: it has a fraction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="149" />
      <source>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="166" />
      <source>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="215" />
      <source>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="283" />
      <source>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="286" />
      <source>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="241" />
      <source>“{value}” is not a lunar day such as 初八 or 廿三.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="327" />
      <location filename="../../shopcrm/cleaning.py" line="331" />
      <source>“{value}” is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="27" />
      <source>“{value}” is not a phone number: type digits only.</source>
      <translation>“{value}”不是电话号码：请只输入数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="37" />
      <source>“{value}” is not a valid phone number: check the digits.</source>
      <translation>“{value}”不是有效的电话号码：请核对数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="342" />
      <source>“{value}” is not a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="117" />
      <source>“{value}” is not an e-mail address (name@example.com).</source>
      <translation>“{value}”不是电子邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="313" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="32" />
      <source>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</source>
      <translation>“{value}”位数不够：手机号是 11 位，座机需要加区号（如 010-12345678）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="301" />
      <source>“{value}”: write 是 or 否 (yes or no).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="142" />
      <source>… and {n} more (see --rejects).</source>
      <translation>……还有 {n} 行（见 --rejects 文件）。</translation>
    </message>
  </context>
</TS>
