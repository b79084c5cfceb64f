<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>shopcrm</name>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="201" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="176" />
      <source>&amp;Add tier</source>
      <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="195" />
      <source>&amp;Customers</source>
      <translation>顾客(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="204" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="228" />
      <source>&amp;Preview</source>
      <translation>预览(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="34" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="179" />
      <source>&amp;Remove tier</source>
      <translation>删除等级(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="201" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="179" />
      <source>&amp;Shop</source>
      <translation>店铺(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="195" />
      <source>(choose a customer)</source>
      <translation>（请选择顾客）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="385" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="295" />
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="290" />
      <source>(ignore)</source>
      <translation>（忽略）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="108" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="67" />
      <location filename="../../shopcrm/ui/quick_add.py" line="40" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="355" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="252" />
      <source>(not about one purchase)</source>
      <translation>（不涉及某笔购买）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="515" />
      <source>({n} points)</source>
      <translation>（{n} 积分）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="86" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="45" />
      <source>--customers must be at least 1.</source>
      <translation>--customers 至少为 1。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="257" />
      <source>--item “{text}”: {problem}</source>
      <translation>--item “{text}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="89" />
      <source>1st</source>
      <translation>第一个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="89" />
      <source>2nd</source>
      <translation>第二个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="89" />
      <source>3rd</source>
      <translation>第三个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="89" />
      <source>4th</source>
      <translation>第四个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="100" />
      <source>A birthday cannot be in the future.</source>
      <translation>生日不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="270" />
      <source>A clerk's name has at most 50 characters.</source>
      <translation>导购姓名最多 50 个字符。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="58" />
      <source>A contact cannot be in the future.</source>
      <translation>联系时间不能晚于现在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="113" />
      <location filename="../../shopcrm/validation.py" line="207" />
      <source>A customer cannot refer herself.</source>
      <translation>顾客不能推荐自己。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="205" />
      <source>A customer goes down a tier</source>
      <translation>降级规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="72" />
      <source>A friend you bring gets an extra {pct}% off her first purchase.</source>
      <translation>您介绍的朋友首次购物可额外优惠 {pct}%。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="183" />
      <source>A keep-in-touch message never asks whether something happened to her: take out “{words}”.</source>
      <translation>保持联系的短信不要问她是否出了什么事：请删掉“{words}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="43" />
      <source>A level once reached is yours to keep.</source>
      <translation>等级一经达到，永久保留。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="74" />
      <source>A name has at most 50 characters.</source>
      <translation>姓名最多 50 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="69" />
      <source>A repeat complaint comes from a customer who had complained about the same kind of thing before; a second chance is a complaint reopened because the first answer did not satisfy her. Fix the causes at the top first.</source>
      <translation>重复投诉：同一位顾客以前投诉过同类问题；重新处理：第一次的答复没让她满意而重新打开的投诉。请先解决排在最前面的原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="334" />
      <source>A row whose phone (or customer number) is already known never becomes a second customer. What should it do?</source>
      <translation>手机号（或顾客编号）已存在的行不会变成第二位顾客。这样的行该怎么处理？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="184" />
      <source>A sale from (¥) gets a call</source>
      <translation>单笔消费达到（元）即回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="689" />
      <source>A serious complaint from a {tier} customer: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>这是{tier}顾客的严重投诉：请在常规补偿之外再表示心意，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="694" />
      <source>A serious complaint: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>这是严重投诉：请在常规补偿之外再表示心意，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="179" />
      <source>A {kind} message carries care and good wishes only, no promotion: take out “{words}”.</source>
      <translation>{kind}短信只传递关怀和祝福，不做促销：请删掉“{words}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/contact_dialog.py" line="44" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <source>About</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="71" />
      <source>About her</source>
      <translation>了解她</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="176" />
      <location filename="../../shopcrm/ui/main_window.py" line="375" />
      <source>About shopcrm</source>
      <translation>关于 shopcrm</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="164" />
      <source>Accepts promotional messages</source>
      <translation>愿意接收促销信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="215" />
      <source>Add at least one item to the sale.</source>
      <translation>请至少添加一件商品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="279" />
      <source>Add at least one tier.</source>
      <translation>请至少添加一个等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="58" />
      <source>Add clerk</source>
      <translation>添加导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="184" />
      <source>Add contact…</source>
      <translation>添加联系记录…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="156" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="42" />
      <source>Adjusted</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="113" />
      <source>After a furniture delivery</source>
      <translation>家具送货后关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="112" />
      <source>After a purchase</source>
      <translation>购买后关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="199" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="60" />
      <location filename="../../shopcrm/ui/complaint_settings.py" line="124" />
      <location filename="../../shopcrm/ui/complaints_page.py" line="137" />
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="140" />
      <location filename="../../shopcrm/ui/customer_page.py" line="82" />
      <location filename="../../shopcrm/ui/followups_page.py" line="170" />
      <source>All clerks</source>
      <translation>全部导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaint_report.py" line="105" />
      <source>All complaints</source>
      <translation>全部投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="425" />
      <source>All rows go in together, or none: Cancel leaves the shop as it was.</source>
      <translation>所有行要么一起导入，要么都不导入：取消后店里的数据保持原样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="131" />
      <location filename="../../shopcrm/ui/customer_page.py" line="85" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="80" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaint_report.py" line="51" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="89" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</source>
      <translation>已登记：{name}（{number}）。&lt;a href='open'&gt;打开她的档案&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="83" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="73" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="200" />
      <source>Amount (¥)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="179" />
      <source>An Excel (.xlsx, .xlsm) or CSV file with one customer per row.</source>
      <translation>Excel（.xlsx、.xlsm）或 CSV 文件，每行一位顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="352" />
      <source>An age of {age} cannot be right.</source>
      <translation>年龄 {age} 不可能正确。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="58" />
      <source>Analyse</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="36" />
      <source>Anniversary</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="57" />
      <source>Apologise</source>
      <translation>道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="110" />
      <source>Apologise sincerely for the trouble, whoever is at fault: the apology is for what she went through, not an admission of blame.</source>
      <translation>无论是谁的责任，都要为给她带来的麻烦真诚道歉：道歉是为她经历的不便，不等于承认过错。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="336" />
      <source>Apologise to her, then tick this box.</source>
      <translation>向她道歉后，勾选此项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="196" />
      <source>Apology made</source>
      <translation>已道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="151" />
      <source>Approximate birth year</source>
      <translation>大约出生年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="179" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="55" />
      <source>As soon as she no longer qualifies</source>
      <translation>一旦不再符合条件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="275" />
      <source>As you said it back to her and she agreed</source>
      <translation>你复述给她听、她也认可的说法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="417" />
      <source>Ask whether she is satisfied and choose her answer.</source>
      <translation>请问她是否满意，并选择她的回答。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="130" />
      <source>Ask whether she is satisfied. If not, make your final offer on the spot. Always thank her: her complaint helps the shop improve.</source>
      <translation>问她是否满意。如果不满意，当场提出最终方案。一定要感谢她：她的投诉帮助本店改进。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="45" />
      <source>At risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="74" />
      <source>At the counter</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="33" />
      <source>At the end of the year after they were earned</source>
      <translation>获得次年年底</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="32" />
      <source>At the end of the year they were earned</source>
      <translation>获得当年年底</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="54" />
      <source>At the yearly review</source>
      <translation>每年复核时</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="56" />
      <source>Autumn Equinox</source>
      <translation>秋分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="28" />
      <source>Average days to close</source>
      <translation>平均结案天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="46" />
      <source>Awaiting follow-up</source>
      <translation>待回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="43" />
      <source>Awakening of Insects</source>
      <translation>惊蛰</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="159" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="63" />
      <location filename="../../shopcrm/ui/main_window.py" line="310" />
      <source>Backup written: {path}</source>
      <translation>备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="120" />
      <source>Balance: {points} points</source>
      <translation>积分余额：{points}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="200" />
      <source>Bank card</source>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="80" />
      <location filename="../../shopcrm/vip_rules.py" line="121" />
      <source>Benefits</source>
      <translation>权益</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="41" />
      <source>Best customers</source>
      <translation>最佳顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="34" />
      <location filename="../../shopcrm/labels.py" line="149" />
      <location filename="../../shopcrm/messages.py" line="106" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="82" />
      <source>Birthday discount</source>
      <translation>生日折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="78" />
      <source>Birthday extra %</source>
      <translation>生日额外折扣 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="198" />
      <source>Birthday gift from tier</source>
      <translation>送生日礼物的最低等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="94" />
      <source>Birthday gifts</source>
      <translation>生日礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="24" />
      <source>Birthday greeting</source>
      <translation>生日祝福</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="95" />
      <source>Birthday greetings</source>
      <translation>生日祝福</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="196" />
      <source>Birthday on {date}: a cake or flowers, up to {budget}.</source>
      <translation>{date} 生日：送蛋糕或鲜花，预算不超过 {budget}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="200" />
      <source>Birthday, {date} (lunar calendar).</source>
      <translation>生日，{date}（农历）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="201" />
      <source>Birthday, {date}.</source>
      <translation>生日，{date}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="215" />
      <source>Birthdays, festivals and the “we miss you” note after the dormant days (see Loyalty) follow these rules; festival and season greetings and “we miss you” notes only go to customers who accept messages.</source>
      <translation>生日、节日以及休眠天数（见积分与顾客状态设置）后的“想念您”问候都按这些规则生成；节日、换季问候和“想念您”只发给愿意接收信息的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="159" />
      <source>Bottom size</source>
      <translation>下装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="53" />
      <source>Bought recently, often and the most: thank them, invite them to events.</source>
      <translation>最近买过、买得勤、花得多：多致谢，邀请参加活动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="166" />
      <source>Bought {item} ({amount}) on {date}: call about fit and care.</source>
      <translation>{date} 购买了{item}（{amount}）：回访穿着/使用感受和保养方法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="88" />
      <source>Broken link in {table}, row {row}.</source>
      <translation>{table} 表第 {row} 行的关联已损坏。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="174" />
      <source>Brought a friend, {friend}: say thank you today.</source>
      <translation>介绍了朋友 {friend}：今天向她道谢。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="183" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="54" />
      <source>Buy often: keep in touch and greet them on their days.</source>
      <translation>经常光顾：保持联系，重要日子送上问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="55" />
      <source>By category</source>
      <translation>按类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="55" />
      <source>By cause</source>
      <translation>按原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="135" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <source>Calendar</source>
      <translation>历法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="192" />
      <source>Call a referred friend within (days)</source>
      <translation>几天内回访被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="185" />
      <source>Call after (days)</source>
      <translation>几天后回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="162" />
      <source>Call back about the complaint of {date}: did the remedy hold?</source>
      <translation>回访 {date} 的投诉：问题是否真正解决了？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="134" />
      <source>Call her back on the day set to check that the remedy held. Record what she said and close the complaint, or reopen it for a second chance.</source>
      <translation>在约定的日子回访，确认问题已经解决。记下她的反馈后结案，或重新处理再给一次机会。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="84" />
      <source>Calls after a purchase</source>
      <translation>购买后回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="90" />
      <source>Calls to referred friends</source>
      <translation>回访被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="56" />
      <source>Came back lately: a little care makes them regulars.</source>
      <translation>最近又来了：多一点关心，就会成为老顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="176" />
      <source>Came through {referrer}: a welcome and thanks today.</source>
      <translation>经 {referrer} 介绍而来：今天表示欢迎和感谢。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="180" />
      <source>Came through {referrer}: call by {date}.</source>
      <translation>经 {referrer} 介绍而来：请在 {date} 前回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="398" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="429" />
      <source>Cancel import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="105" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="102" />
      <source>Cannot open {file}: {reason}</source>
      <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="145" />
      <source>Cannot replace {file}: close it in Excel or WPS and try again.</source>
      <translation>无法替换 {file}：请在 Excel 或 WPS 中关闭它后重试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="229" />
      <source>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</source>
      <translation>无法识别 {file} 的文字编码：请另存为 UTF-8 CSV。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="167" />
      <source>Cannot undo: {reason}</source>
      <translation>无法撤销：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="134" />
      <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
      <translation>无法写入 {folder}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="201" />
      <source>Carried out by</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="197" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="25" />
      <location filename="../../shopcrm/ui/complaint_settings.py" line="67" />
      <location filename="../../shopcrm/ui/complaints_page.py" line="52" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="144" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="68" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="197" />
      <location filename="../../shopcrm/ui/complaint_report.py" line="25" />
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="107" />
      <location filename="../../shopcrm/tasks.py" line="98" />
      <source>Change of season</source>
      <translation>换季关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/contact_dialog.py" line="43" />
      <location filename="../../shopcrm/ui/followups_page.py" line="274" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="260" />
      <source>Check the columns</source>
      <translation>核对各列</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="152" />
      <source>Check the curly brackets: a placeholder is one word inside them, e.g. {example}.</source>
      <translation>请检查花括号：占位符是括号里的一个词，如 {example}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="102" />
      <source>Check the year: it is before 1900.</source>
      <translation>请检查年份：早于 1900 年。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="125" />
      <source>Checked {customers} customers and {purchases} sales: {result}.</source>
      <translation>已检查 {customers} 位顾客和 {purchases} 笔销售：{result}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="37" />
      <source>Child starts school</source>
      <translation>孩子入学</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="120" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="74" />
      <source>Choose a category, or all categories.</source>
      <translation>请选择类别，或全部类别。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="61" />
      <source>Choose a customer to restore.</source>
      <translation>请选择要恢复的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="399" />
      <source>Choose a day after today, at most {n} days ahead.</source>
      <translation>请选择今天以后、最多 {n} 天内的日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="149" />
      <source>Choose a holiday greeting or a change-of-season message.</source>
      <translation>请选择节日问候或换季关怀短信。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="153" />
      <source>Choose a message of the same kind, or none.</source>
      <translation>请选择同类短信，或不选。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="57" />
      <source>Choose another file: that one is the database itself.</source>
      <translation>请选择其他文件：该文件就是当前数据库本身。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="317" />
      <source>Choose at least the column with the name or the phone.</source>
      <translation>请至少选择姓名列或手机列。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="423" />
      <location filename="../../shopcrm/complaints.py" line="431" />
      <source>Choose her answer to the final offer.</source>
      <translation>请选择她对最终方案的回答。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="263" />
      <source>Choose how customers qualify for a tier.</source>
      <translation>请选择顾客如何获得等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="311" />
      <source>Choose how serious it is: 1 minor, 2 moderate, 3 serious.</source>
      <translation>请选择严重程度：1 轻微，2 一般，3 严重。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="240" />
      <source>Choose how she paid.</source>
      <translation>请选择付款方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="317" />
      <source>Choose how the complaint came in.</source>
      <translation>请选择投诉渠道。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="142" />
      <source>Choose how the date is found.</source>
      <translation>请选择日期的计算方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="48" />
      <source>Choose how you were in touch: call, text, WeChat or visit.</source>
      <translation>请选择联系方式：电话、短信、微信或上门/到店。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="306" />
      <source>Choose one of her own purchases, or none.</source>
      <translation>请从她的购买记录中选择，或选“无”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="145" />
      <source>Choose one of the 24 solar terms.</source>
      <translation>请从二十四节气中选择一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="83" />
      <source>Choose one of the listed values.</source>
      <translation>请从列表中选择。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="181" />
      <source>Choose skip, fill or overwrite for duplicates.</source>
      <translation>重复的顾客请选择：跳过、补全或覆盖。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="344" />
      <source>Choose the cause, or 'Not known yet'.</source>
      <translation>请选择原因，或选“尚不清楚”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="60" />
      <source>Choose the clerk from the list.</source>
      <translation>请从列表中选择导购。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="389" />
      <source>Choose the compensation, or 'None' and say why.</source>
      <translation>请选择补偿方式，或选“无”并说明原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="295" />
      <source>Choose the customer: find her by phone or name, or add her.</source>
      <translation>请选择顾客：按电话或姓名查找，或新增顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="369" />
      <source>Choose the day it will be done by.</source>
      <translation>请选择完成日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="126" />
      <source>Choose the day of the week.</source>
      <translation>请选择星期几。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="204" />
      <source>Choose the language the message is written in.</source>
      <translation>请选择短信使用的语言。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="117" />
      <source>Choose the referrer from the customer list; that one is gone.</source>
      <translation>该顾客已删除，请从顾客列表中选择推荐人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="358" />
      <source>Choose the solution you offered.</source>
      <translation>请选择你提出的解决办法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="178" />
      <source>Choose the spreadsheet</source>
      <translation>选择表格文件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="72" />
      <source>Choose the step the reply is for.</source>
      <translation>请选择这条话术用于哪一步。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="673" />
      <source>Choose the tier from which a birthday gift is given.</source>
      <translation>请选择从哪个等级起送生日礼物。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="444" />
      <source>Choose today or a later day for the call.</source>
      <translation>请选择今天或以后的日期回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="60" />
      <source>Choose two different customers to merge.</source>
      <translation>请选择两位不同的顾客进行合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="30" />
      <source>Choose what kind of date this is.</source>
      <translation>请选择日期的类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="202" />
      <source>Choose what kind of message this is.</source>
      <translation>请选择短信类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="321" />
      <source>Choose what the complaint is about.</source>
      <translation>请选择投诉类别。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="50" />
      <source>Choose what the contact was about.</source>
      <translation>请选择联系的事由。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="265" />
      <source>Choose when a customer may go down a tier.</source>
      <translation>请选择顾客何时会降级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="70" />
      <source>Choose when points lapse.</source>
      <translation>请选择积分何时过期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="128" />
      <source>Choose which one: 1st to 4th, or the last.</source>
      <translation>请选择第几个：第 1 到第 4 个，或最后一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="605" />
      <location filename="../../shopcrm/complaints.py" line="566" />
      <source>Choose who is handling this step.</source>
      <translation>请选择这一步的经办人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="365" />
      <source>Choose who will carry it out.</source>
      <translation>请选择由谁来完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="45" />
      <source>Clear and Bright</source>
      <translation>清明</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="128" />
      <location filename="../../shopcrm/ui/complaints_page.py" line="57" />
      <location filename="../../shopcrm/ui/contact_dialog.py" line="45" />
      <location filename="../../shopcrm/ui/customer_table.py" line="34" />
      <location filename="../../shopcrm/ui/followups_page.py" line="64" />
      <location filename="../../shopcrm/ui/followups_page.py" line="184" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="88" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="384" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="161" />
      <location filename="../../shopcrm/ui/card_header.py" line="66" />
      <source>Clerk in charge</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="54" />
      <source>Clerks</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="169" />
      <source>Clerks {month}</source>
      <translation>导购 {month}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="40" />
      <source>Click to copy the number</source>
      <translation>点击复制号码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="94" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="27" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="462" />
      <source>Close complaint</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="47" />
      <location filename="../../shopcrm/ui/complaint_report.py" line="27" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="365" />
      <source>Closed on {date}. Reopen it if she needs a second chance.</source>
      <translation>已于 {date} 结案。如需再给一次机会，可重新处理。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="40" />
      <source>Clothing shop</source>
      <translation>服装店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="57" />
      <source>Cold Dew</source>
      <translation>寒露</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="81" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="70" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="139" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="38" />
      <source>Company anniversary</source>
      <translation>公司纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="61" />
      <source>Compensate</source>
      <translation>补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="203" />
      <source>Compensation</source>
      <translation>补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="513" />
      <source>Compensation for the complaint of {date}</source>
      <translation>{date} 投诉的补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="454" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="31" />
      <location filename="../../shopcrm/messages.py" line="115" />
      <source>Complaint follow-up</source>
      <translation>投诉回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="83" />
      <source>Complaint follow-ups</source>
      <translation>投诉回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="41" />
      <source>Complaint handling settings</source>
      <translation>投诉处理设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="86" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="531" />
      <source>Complaint · {name}</source>
      <translation>投诉 · {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="26" />
      <location filename="../../shopcrm/ui/customer_card.py" line="77" />
      <location filename="../../shopcrm/ui/main_window.py" line="64" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="129" />
      <location filename="../../shopcrm/ui/customer_card.py" line="78" />
      <source>Contacts</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="250" />
      <source>Copy message (Ctrl+Shift+C)</source>
      <translation>复制短信（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="12" />
      <location filename="../../shopcrm/labels.py" line="189" />
      <location filename="../../shopcrm/ui/complaints_page.py" line="51" />
      <location filename="../../shopcrm/ui/followups_page.py" line="64" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="307" />
      <source>Customer care for a small shop. No command opens the window.</source>
      <translation>小店顾客关系管理。不带命令时打开窗口。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="47" />
      <source>Customer groups</source>
      <translation>客户分组</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="65" />
      <source>Customer value</source>
      <translation>顾客价值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="59" />
      <source>Customers</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="333" />
      <source>Customers already in the shop</source>
      <translation>店里已有的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="139" />
      <source>Customers in charge</source>
      <translation>负责顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="204" />
      <source>Customers qualify by</source>
      <translation>等级依据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="229" />
      <source>Database: {path}</source>
      <translation>数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="53" />
      <location filename="../../shopcrm/ui/followups_page.py" line="135" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="78" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="383" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="55" />
      <location filename="../../shopcrm/ui/followups_page.py" line="186" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="48" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="112" />
      <source>Days 15 to 30: ask how it is at home and explain how to care for it.</source>
      <translation>第 15 到 30 天：问问在家使用得怎样，讲解保养方法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="109" />
      <source>Days 5 to 15: check the installation is finished and everything works.</source>
      <translation>第 5 到 15 天：确认安装完成、一切正常。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="50" />
      <source>Days from the result to the follow-up call</source>
      <translation>从处理结果到回访的天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="195" />
      <source>December visits to the top</source>
      <translation>十二月拜访前几名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="79" />
      <source>Delete reply</source>
      <translation>删除话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Deleted</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="87" />
      <source>Delivery</source>
      <translation>送货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="122" />
      <source>Delivery address and room are recorded with each sale.</source>
      <translation>送货地址和摆放房间随每笔销售记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="85" />
      <source>Delivery checks</source>
      <translation>送货确认</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="105" />
      <source>Delivery partner</source>
      <translation>物流/送货方</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="49" />
      <source>Demo shop ready in {path}: {customers} customers, {purchases} sales.</source>
      <translation>演示店铺已生成：{path}，{customers} 位顾客，{purchases} 笔销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="77" />
      <source>Describe the gift in at most 100 characters.</source>
      <translation>礼品描述最多 100 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="375" />
      <source>Describe the solution you offered.</source>
      <translation>请描述你提出的解决办法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="67" />
      <source>Description</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="287" />
      <source>Details of the solution</source>
      <translation>解决办法的细节</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="626" />
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="620" />
      <source>Discard what you typed?</source>
      <translation>放弃输入的内容？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="126" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="84" />
      <location filename="../../shopcrm/vip_rules.py" line="118" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="77" />
      <source>Discount %</source>
      <translation>折扣 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="446" />
      <source>Discount: {problem}</source>
      <translation>优惠：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="134" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="277" />
      <source>Done (Ctrl+D)</source>
      <translation>完成（Ctrl+D）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="202" />
      <source>Done by (date)</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="455" />
      <source>Done: {name}. The contact is on her card.</source>
      <translation>已完成：{name}。联系记录已存入她的档案。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="14" />
      <source>Dormant</source>
      <translation>休眠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="50" />
      <source>Dormant after days without a purchase</source>
      <translation>多少天未购买算休眠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="178" />
      <source>Dry run: nothing was written.</source>
      <translation>试运行：没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="56" />
      <location filename="../../shopcrm/ui/followups_page.py" line="64" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="155" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="261" />
      <source>Each column of the file goes into the field chosen beside it, or is ignored.</source>
      <translation>文件的每一列导入到旁边所选的字段，或者忽略。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="311" />
      <source>Each field can take one column only: {fields}.</source>
      <translation>每个字段只能对应一列：{fields}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="39" />
      <source>Earned</source>
      <translation>获得</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="97" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="166" />
      <source>Employer</source>
      <translation>工作单位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="54" />
      <source>End of Heat</source>
      <translation>处暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="120" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="148" />
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="105" />
      <source>Every VIP with tier, clerk, this month's and all-time spending, next month's birthdays, tier changes and a summary, as an Excel workbook.</source>
      <translation>所有VIP的等级、负责导购、本月及累计消费、下月生日、等级变动和汇总，导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="186" />
      <source>Every reply in the library is replaced by our defaults; your own are lost.</source>
      <translation>话术库中的所有话术都会被默认话术替换；您自己添加的会丢失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="54" />
      <source>Every ¥1 you spend earns {n} points, times your level's multiplier.</source>
      <translation>每消费 ¥1 得 {n} 积分，再乘以所在等级的积分倍数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="23" />
      <location filename="../../shopcrm/ui/import_wizard.py" line="504" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="112" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="114" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="41" />
      <source>Expired</source>
      <translation>过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <source>Expires</source>
      <translation>到期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="59" />
      <source>Explain</source>
      <translation>解释</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="43" />
      <source>Export customer profiles</source>
      <translation>导出顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="163" />
      <location filename="../../shopcrm/ui/main_window.py" line="121" />
      <source>Export customers (this list)…</source>
      <translation>导出顾客（当前列表）…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="110" />
      <source>Export the clerk statistics</source>
      <translation>导出导购统计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="70" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="344" />
      <source>Exported: {path}</source>
      <translation>已导出：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="84" />
      <source>Extra discount</source>
      <translation>额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="386" />
      <source>Extra discount (¥)</source>
      <translation>额外优惠（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="119" />
      <source>Extra on your birthday</source>
      <translation>生日额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="169" />
      <source>Family</source>
      <translation>家庭情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="35" />
      <source>Family birthday</source>
      <translation>家人生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="114" />
      <source>Family day</source>
      <translation>家人纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="96" />
      <source>Family days</source>
      <translation>家人纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="63" />
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="35" />
      <source>Festival</source>
      <translation>节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="25" />
      <source>Festival greeting</source>
      <translation>节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="97" />
      <source>Festival greetings</source>
      <translation>节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="267" />
      <source>Festivals</source>
      <translation>节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="58" />
      <source>Few, small, long-ago purchases: a friendly note now and then.</source>
      <translation>买得少、金额小、时间久：偶尔发条问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="341" />
      <source>Fill in only the fields that are still empty</source>
      <translation>只补全仍为空的字段</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="208" />
      <source>Final offer made</source>
      <translation>最终方案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="194" />
      <location filename="../../shopcrm/ui/main_window.py" line="150" />
      <source>Find customer</source>
      <translation>查找顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="189" />
      <source>Find her: phone, name or pinyin initials</source>
      <translation>查找顾客：电话、姓名或拼音首字母</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="114" />
      <source>Find out what really caused it. Say her concern back to her in your own words until she agrees that is what she means.</source>
      <translation>找出真正的原因。用自己的话复述她的问题，直到她确认就是这个意思。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="555" />
      <source>Finish step {n} first: no step is skipped.</source>
      <translation>请先完成第 {n} 步：每一步都不能跳过。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="52" />
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="55" />
      <source>First purchase lately: call within a week and make her welcome.</source>
      <translation>最近首次购买：一周内回访，让她感到受欢迎。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="22" />
      <source>Follow-up call</source>
      <translation>回访电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="211" />
      <source>Follow-up call on</source>
      <translation>回访日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="212" />
      <source>Follow-up needed?</source>
      <translation>需要回访吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="268" />
      <source>Follow-up rules</source>
      <translation>回访规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="171" />
      <source>Follow-up rules and messages…</source>
      <translation>回访规则和短信库…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="261" />
      <source>Follow-up settings</source>
      <translation>回访设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="235" />
      <source>Follow-ups for {date}: {n}</source>
      <translation>{date} 的回访任务：{n} 项</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="48" />
      <source>Font size</source>
      <translation>字号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="81" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="42" />
      <source>Friend's first-purchase extra %</source>
      <translation>朋友首次购买额外折扣 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="58" />
      <source>Friends she brought</source>
      <translation>她介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="46" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="58" />
      <source>Frost's Descent</source>
      <translation>霜降</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="40" />
      <source>Furniture shop</source>
      <translation>家具店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="206" />
      <source>Furniture: days 15 to 30</source>
      <translation>家具：第 15–30 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="205" />
      <source>Furniture: days 5 to 15</source>
      <translation>家具：第 5–15 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="204" />
      <source>Furniture: the next day</source>
      <translation>家具：成交次日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="147" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="29" />
      <source>Gift</source>
      <translation>礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="200" />
      <source>Gift budget (¥)</source>
      <translation>礼物预算（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="40" />
      <source>Gift for the referrer</source>
      <translation>推荐人得礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="207" />
      <source>Give the message a short title, e.g. Mid-Autumn wishes.</source>
      <translation>给短信起个简短标题，如 中秋祝福。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="76" />
      <source>Give the reply a short title the clerk will recognise.</source>
      <translation>给话术起个导购一看就懂的简短标题。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="207" />
      <source>Grace period</source>
      <translation>宽限期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="48" />
      <source>Grain Buds</source>
      <translation>小满</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="46" />
      <source>Grain Rain</source>
      <translation>谷雨</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="49" />
      <source>Grain in Ear</source>
      <translation>芒种</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="49" />
      <source>Greet customers on this day</source>
      <translation>在这一天问候顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="61" />
      <location filename="../../shopcrm/ui/care_settings.py" line="35" />
      <source>Greeted</source>
      <translation>问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="23" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="51" />
      <source>Greeting</source>
      <translation>问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="217" />
      <source>Handled by</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="93" />
      <source>Has not bought yet.</source>
      <translation>尚未购买。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="209" />
      <source>Her answer</source>
      <translation>她的回答</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="274" />
      <source>Her concern, in your words</source>
      <translation>用你的话复述她的问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="476" />
      <source>Her mood, and how she was calmed</source>
      <translation>她的情绪，以及如何安抚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="194" />
      <source>Her own words</source>
      <translation>她的原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="46" />
      <source>Hibernating</source>
      <translation>沉睡顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customer_summary.py" line="31" />
      <source>Highest tier reached</source>
      <translation>已是最高等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="173" />
      <source>Hobbies</source>
      <translation>爱好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="105" />
      <source>Holiday greeting</source>
      <translation>节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="73" />
      <source>Home</source>
      <translation>住宅信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="178" />
      <source>House type</source>
      <translation>房屋类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="191" />
      <source>How it came in</source>
      <translation>投诉渠道</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="193" />
      <source>How serious</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="106" />
      <source>How she used it</source>
      <translation>顾客使用方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="267" />
      <source>I apologised sincerely for the trouble</source>
      <translation>我已为给她带来的麻烦真诚道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="340" />
      <source>I thanked her: her complaint helps us improve</source>
      <translation>我已感谢她：她的投诉帮助我们改进</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="293" />
      <source>If money is involved, e.g. 120</source>
      <translation>涉及金额时填写，如 120</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="336" />
      <source>If she is not fully satisfied: what you offered on the spot</source>
      <translation>如果她不完全满意：你当场提出的方案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="41" />
      <source>If you no longer meet your level's requirement, you move down a level.</source>
      <translation>如不再符合所在等级的条件，将降一级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="362" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="570" />
      <location filename="../../shopcrm/importer.py" line="490" />
      <source>Import cancelled: nothing was written.</source>
      <translation>导入已取消：没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="206" />
      <location filename="../../shopcrm/ui/import_wizard.py" line="533" />
      <source>Import customers</source>
      <translation>导入顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="161" />
      <source>Import customers…</source>
      <translation>导入顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="472" />
      <location filename="../../shopcrm/ui/import_wizard.py" line="490" />
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="625" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="424" />
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <source>In days</source>
      <translation>还有几天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="45" />
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="168" />
      <source>Income band</source>
      <translation>收入水平</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="135" />
      <source>Insert standard reply</source>
      <translation>插入标准话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="88" />
      <source>Installation</source>
      <translation>安装</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="86" />
      <source>Installation checks</source>
      <translation>安装确认</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="11" />
      <source>Intending buyer</source>
      <translation>意向客户</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="207" />
      <source>Is she satisfied?</source>
      <translation>她满意吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="371" />
      <source>It cannot be due before the complaint was made; choose a later day.</source>
      <translation>完成日期不能早于投诉日期；请选择更晚的日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="79" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="190" />
      <source>Item concerned</source>
      <translation>涉及商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="144" />
      <source>Item {n}, price: {problem}</source>
      <translation>第 {n} 件，单价：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="131" />
      <source>Item {n}, quantity: {problem}</source>
      <translation>第 {n} 件，数量：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="218" />
      <source>Item {n}: the quantity must be from 1 to {most} (a negative quantity for a return).</source>
      <translation>第 {n} 件：数量须在 1 到 {most} 之间（退货填负数）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="136" />
      <source>Item {n}: type its price, or remove the row.</source>
      <translation>第 {n} 件：请填写单价，或删除这一行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="227" />
      <source>Item {n}: {problem}</source>
      <translation>第 {n} 件：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="60" />
      <source>Its own message</source>
      <translation>专用短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="628" />
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="55" />
      <source>Keep which record? The other one is merged into it.</source>
      <translation>保留哪一条档案？另一条将合并进来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="26" />
      <location filename="../../shopcrm/messages.py" line="108" />
      <source>Keeping in touch</source>
      <translation>保持联系</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="31" />
      <source>Key date</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="74" />
      <source>Key dates</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="45" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <location filename="../../shopcrm/ui/message_templates.py" line="51" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="51" />
      <source>Kind of shop</source>
      <translation>店铺类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="47" />
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
      <location filename="../../shopcrm/labels.py" line="180" />
      <source>Layout</source>
      <translation>户型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="106" />
      <source>Lessons for the shop</source>
      <translation>给本店的教训</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="102" />
      <source>Let her say everything without interrupting. Write down her own words and each point she raises; do not argue or explain yet.</source>
      <translation>让她把话说完，不要打断。记下她的原话和提出的每一点；先不要争辩或解释。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="116" />
      <source>Level</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="37" />
      <source>Levels are reviewed once a year, on {month}-{day}.</source>
      <translation>等级每年复核一次，复核日为 {month}-{day}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="174" />
      <source>Lifestyle</source>
      <translation>生活方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="325" />
      <source>List the points she raised, one per line.</source>
      <translation>请列出她提出的问题，每行一条。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="55" />
      <source>Listen</source>
      <translation>倾听</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/contact_dialog.py" line="27" />
      <source>Log a contact with {name}</source>
      <translation>记录与 {name} 的联系</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="15" />
      <source>Lost</source>
      <translation>流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="51" />
      <source>Lost after days without a purchase</source>
      <translation>多少天未购买算流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="142" />
      <source>Lost must come after dormant: type more days than {n}.</source>
      <translation>流失应在休眠之后：请输入大于 {n} 的天数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="42" />
      <source>Loyal</source>
      <translation>忠实顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="140" />
      <source>Loyalty brought up to date: {points} points lapsed, {moves} tier changes, {statuses} status changes.</source>
      <translation>会员数据已更新：{points} 积分过期，{moves} 次等级变动，{statuses} 次状态变动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="149" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="122" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="50" />
      <source>Lunar calendar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="150" />
      <source>Lunar calendar birthday</source>
      <translation>过农历生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="69" />
      <source>Lunar date</source>
      <translation>农历日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="206" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="40" />
      <source>Major Cold</source>
      <translation>大寒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="52" />
      <source>Major Heat</source>
      <translation>大暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="61" />
      <source>Major Snow</source>
      <translation>大雪</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="71" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="51" />
      <source>Merge two customers</source>
      <translation>合并两位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="157" />
      <source>Merge two customers…</source>
      <translation>合并两位顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="109" />
      <source>Merged with {number}</source>
      <translation>与 {number} 合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="299" />
      <source>Merged.</source>
      <translation>已合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="59" />
      <location filename="../../shopcrm/ui/care_settings.py" line="35" />
      <location filename="../../shopcrm/ui/message_templates.py" line="54" />
      <source>Message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="422" />
      <source>Message copied: paste it into WeChat or a text message.</source>
      <translation>短信已复制：粘贴到微信或短信里发送。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="266" />
      <source>Message library</source>
      <translation>短信库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="384" />
      <source>Message sent</source>
      <translation>短信已发送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="59" />
      <source>Middling on every count: a personal message may bring them back.</source>
      <translation>各方面都一般：一条贴心的消息也许能让她回来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="96" />
      <source>Minor (1)</source>
      <translation>轻微（1）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="39" />
      <source>Minor Cold</source>
      <translation>小寒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="51" />
      <source>Minor Heat</source>
      <translation>小暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="60" />
      <source>Minor Snow</source>
      <translation>小雪</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="96" />
      <source>Moderate (2)</source>
      <translation>一般（2）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="77" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="54" />
      <location filename="../../shopcrm/ui/clerk_stats.py" line="81" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="47" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="70" />
      <source>Month:</source>
      <translation>月份：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="70" />
      <source>Monthly VIP list</source>
      <translation>每月VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="165" />
      <location filename="../../shopcrm/ui/main_window.py" line="104" />
      <source>Monthly VIP list…</source>
      <translation>每月VIP名单…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="92" />
      <location filename="../../shopcrm/ui/customer_card.py" line="221" />
      <source>Move to trash</source>
      <translation>移到回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="222" />
      <source>Move {name} to the trash? The owner can restore her from there.</source>
      <translation>把 {name} 移到回收站？店长可以从回收站恢复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="146" />
      <location filename="../../shopcrm/ui/care_settings.py" line="52" />
      <location filename="../../shopcrm/ui/customer_table.py" line="31" />
      <location filename="../../shopcrm/ui/followups_page.py" line="135" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="52" />
      <location filename="../../shopcrm/ui/tier_settings.py" line="75" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="158" />
      <source>Name it with --sheet NAME.</source>
      <translation>请用 --sheet 名称 指定工作表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="57" />
      <source>Name of a new clerk</source>
      <translation>新导购的姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="157" />
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="47" />
      <source>Need attention</source>
      <translation>需要关注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="31" />
      <source>Never</source>
      <translation>永不过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="53" />
      <source>Never: a tier once reached is kept</source>
      <translation>永不降级：达到的等级一直保留</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="43" />
      <source>New</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="406" />
      <source>New clerks: {names}.</source>
      <translation>新增导购：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="416" />
      <source>New complaint</source>
      <translation>新投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="144" />
      <location filename="../../shopcrm/ui/customer_card.py" line="90" />
      <source>New complaint…</source>
      <translation>新投诉…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="31" />
      <source>New customer</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="191" />
      <location filename="../../shopcrm/ui/main_window.py" line="152" />
      <source>New customer…</source>
      <translation>新顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="65" />
      <source>New festival</source>
      <translation>新节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="77" />
      <source>New message</source>
      <translation>新短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="72" />
      <source>New reply</source>
      <translation>新话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <source>Next</source>
      <translation>下一次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="208" />
      <source>No clerk is called {name}; the clerks are: {names}.</source>
      <translation>没有叫 {name} 的导购；现有导购：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="181" />
      <source>No customer found.</source>
      <translation>没有找到顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="183" />
      <source>No customer found: try her phone's last four digits.</source>
      <translation>没有找到顾客：试试手机尾号后四位。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="271" />
      <source>No customer has the number or phone {text}.</source>
      <translation>没有编号或手机号为 {text} 的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="374" />
      <source>No customer has this number or phone: import the referrer first, or clear the cell.</source>
      <translation>没有顾客是这个编号或手机号：请先导入介绍人，或清空这一格。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="150" />
      <location filename="../../shopcrm/ui/quick_add.py" line="105" />
      <source>No customer has this phone or number.</source>
      <translation>没有顾客使用这个号码或编号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="154" />
      <source>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</source>
      <translation>在 {file} 的“{sheet}”中找不到表头：前几行应写明各列名称，至少要有“姓名”或“手机”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="411" />
      <source>No message of this kind in the library yet: the owner adds one in Settings.</source>
      <translation>短信库里还没有这类短信：请店长在设置中添加。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="209" />
      <source>No purchase since {date}: a “we miss you” note.</source>
      <translation>自 {date} 以来没有购买：发一条“想念您”的问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="73" />
      <source>No step is recorded yet.</source>
      <translation>还没有记录任何步骤。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="88" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="84" />
      <source>No tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="356" />
      <source>No, close without a call</source>
      <translation>不需要，直接结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="30" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="52" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="171" />
      <source>Nobody in charge</source>
      <translation>无人负责</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="77" />
      <source>Nobody is recorded as having brought her.</source>
      <translation>没有记录介绍人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="127" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="101" />
      <source>Not analysed yet</source>
      <translation>尚未分析</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="83" />
      <source>Not chosen yet</source>
      <translation>尚未选择</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="128" />
      <source>Not closed</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="30" />
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="107" />
      <source>Not known yet</source>
      <translation>尚不清楚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="135" />
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="511" />
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="152" />
      <source>Not saved: check the fields marked in red.</source>
      <translation>未保存：请检查标红的栏目。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="576" />
      <source>Not saved: step {n} has fields marked in red.</source>
      <translation>未保存：第 {n} 步有标红的栏目。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="264" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="301" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="330" />
      <location filename="../../shopcrm/ui/contact_dialog.py" line="47" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="389" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="331" />
      <source>Note her mood and how you calmed her down.</source>
      <translation>请记下她的情绪以及你如何安抚她。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="176" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="360" />
      <source>Nothing has been written yet.</source>
      <translation>尚未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="380" />
      <source>Nothing to do here.</source>
      <translation>这里没有待办事项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="487" />
      <source>Nothing was imported</source>
      <translation>没有导入任何数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="47" />
      <source>Number of visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="165" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="318" />
      <source>Of {n} customers: {up} move up, {down} move down, {same} stay where they are.</source>
      <translation>共 {n} 位顾客：{up} 位升级，{down} 位降级，{same} 位不变。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="126" />
      <source>Offer something of added value for her trouble: a small gift, a voucher, points or a discount. Points go into her points account.</source>
      <translation>为给她添的麻烦给予额外补偿：小礼品、代金券、积分或折扣。积分直接记入她的积分账户。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="151" />
      <source>On registration</source>
      <translation>注册即享</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="138" />
      <source>On time</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="116" />
      <source>On-site service</source>
      <translation>上门服务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="188" />
      <source>One of the top spenders of {year} ({amount}): a visit with flowers, up to {budget}.</source>
      <translation>{year} 年消费最高的顾客之一（{amount}）：带鲜花登门拜访，预算不超过 {budget}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="210" />
      <source>One point per line</source>
      <translation>每行一条</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="63" />
      <source>Only her name and phone are needed. What she tells us stays in this shop and is never shared.</source>
      <translation>只需要姓名和电话。她告诉我们的信息只留在本店，绝不外传。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="191" />
      <source>Only the owner can adjust points; ask her to do it.</source>
      <translation>只有店长可以调整积分，请找店长操作。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="146" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="153" />
      <source>Open card</source>
      <translation>打开档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="239" />
      <source>Open card (Enter)</source>
      <translation>打开档案（Enter）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="126" />
      <source>Open in the wizard</source>
      <translation>在向导中打开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="50" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="144" />
      <source>Opened</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="32" />
      <location filename="../../shopcrm/labels.py" line="20" />
      <location filename="../../shopcrm/labels.py" line="39" />
      <location filename="../../shopcrm/labels.py" line="77" />
      <location filename="../../shopcrm/labels.py" line="91" />
      <location filename="../../shopcrm/labels.py" line="117" />
      <location filename="../../shopcrm/sales.py" line="201" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="200" />
      <source>Our default replies are back.</source>
      <translation>已恢复默认话术。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="103" />
      <source>Our product</source>
      <translation>我们的产品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="104" />
      <source>Our service</source>
      <translation>我们的服务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="216" />
      <location filename="../../shopcrm/ui/contact_dialog.py" line="46" />
      <location filename="../../shopcrm/ui/followups_page.py" line="275" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="136" />
      <location filename="../../shopcrm/tasks.py" line="82" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="142" />
      <source>Overdue only</source>
      <translation>只看逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="107" />
      <source>Overdue: it was due on {date}.</source>
      <translation>已逾期：应于 {date} 完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="342" />
      <source>Overwrite her fields with the file's values (empty cells change nothing)</source>
      <translation>用文件中的内容覆盖她的资料（空格不改动）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="56" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="85" />
      <source>Paid</source>
      <translation>实付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="86" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="385" />
      <source>Paid by</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="134" />
      <source>Partly satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="170" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="152" />
      <location filename="../../shopcrm/ui/customer_table.py" line="32" />
      <location filename="../../shopcrm/ui/followups_page.py" line="135" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="25" />
      <location filename="../../shopcrm/labels.py" line="75" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="114" />
      <source>Phone number copied.</source>
      <translation>号码已复制。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="39" />
      <source>Phone or number of the friend who brought her</source>
      <translation>介绍她来的朋友的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="179" />
      <source>Plan again (F5)</source>
      <translation>重新生成（F5）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="125" />
      <location filename="../../shopcrm/sales.py" line="85" />
      <location filename="../../shopcrm/ui/card_header.py" line="63" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="87" />
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="29" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="56" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <location filename="../../shopcrm/vip_rules.py" line="120" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="63" />
      <source>Points are valid until the end of the year after they were earned.</source>
      <translation>积分有效期至获得次年年底。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="61" />
      <source>Points are valid until the end of the year they were earned.</source>
      <translation>积分有效期至获得当年年底。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="39" />
      <source>Points for the referrer</source>
      <translation>推荐人得积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="205" />
      <source>Points given</source>
      <translation>赠送积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="33" />
      <source>Points lapse</source>
      <translation>积分过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="122" />
      <source>Points pay towards a sale, not a return; set them to 0.</source>
      <translation>积分只能用于购买，不能用于退货；请改为 0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="31" />
      <source>Points per ¥1 spent</source>
      <translation>每消费 ¥1 得积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="195" />
      <source>Points she raised</source>
      <translation>她提出的问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="323" />
      <source>Points to credit, e.g. 200</source>
      <translation>赠送积分，如 200</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="1029" />
      <location filename="../../shopcrm/points.py" line="238" />
      <source>Points valid until {date} lapsed</source>
      <translation>有效期至 {date} 的积分已过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="79" />
      <source>Points ×</source>
      <translation>积分倍数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="25" />
      <source>Points, referrals and customer groups</source>
      <translation>积分、转介绍与客户分组</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="168" />
      <source>Points, referrals and lifecycle…</source>
      <translation>积分、转介绍和顾客状态…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="457" />
      <source>Points: type 0 to {n}, the points she has.</source>
      <translation>积分：请填 0 到 {n}（她现有的积分）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="167" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="163" />
      <source>Preferred contact</source>
      <translation>喜欢的联系方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="214" />
      <source>Prevention: what we change</source>
      <translation>预防：我们要改进什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="360" />
      <location filename="../../shopcrm/ui/message_templates.py" line="67" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="65" />
      <source>Preview for a customer: phone digits, name or pinyin initials</source>
      <translation>用一位顾客预览：手机号、姓名或拼音首字母</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="222" />
      <location filename="../../shopcrm/ui/tier_settings.py" line="278" />
      <source>Preview the change before applying it.</source>
      <translation>请先预览变动，再应用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="90" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="70" />
      <source>Profile</source>
      <translation>基本档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="140" />
      <source>Profile completeness</source>
      <translation>档案完整度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="88" />
      <source>Profile {p}% complete (hard facts 20%, knowing her 80%)</source>
      <translation>档案完整度 {p}%（硬件档案占20%，软件档案占80%）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="44" />
      <source>Promising</source>
      <translation>潜力顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="122" />
      <source>Propose a fair solution: action, not words. Repair, exchange, refund or on-site service; agree who does it and by when.</source>
      <translation>提出公平的解决办法：要行动，不要空话。维修、换货、退款或上门服务；约定由谁在什么时候完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="137" />
      <source>Purchase calls</source>
      <translation>购买回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="75" />
      <source>Purchases</source>
      <translation>购买记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="82" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="71" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="85" />
      <source>Quality</source>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="175" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="42" />
      <source>Rain Water</source>
      <translation>雨水</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="381" />
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="139" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="100" />
      <source>Recomputed the figures of {n} customers.</source>
      <translation>已重新计算 {n} 位顾客的汇总数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="601" />
      <source>Record her answer at step 8 first; a second chance follows it.</source>
      <translation>请先在第 8 步记下她的回答；之后才能再给一次机会。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="82" />
      <source>Record sale (Ctrl+Enter)</source>
      <translation>记录销售（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="394" />
      <source>Record sale (Ctrl+S)</source>
      <translation>记录销售（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="155" />
      <source>Record sale…</source>
      <translation>记录销售…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="40" />
      <source>Redeemed</source>
      <translation>抵扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="83" />
      <source>Referral discount</source>
      <translation>转介绍优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="43" />
      <source>Referral rate goal %</source>
      <translation>转介绍率目标 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="28" />
      <source>Referral thanks</source>
      <translation>感谢转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="1003" />
      <location filename="../../shopcrm/referrals.py" line="165" />
      <source>Referral: {name} made her first purchase</source>
      <translation>转介绍：{name} 首次购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="37" />
      <source>Referrals</source>
      <translation>转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="64" />
      <source>Referrals made</source>
      <translation>介绍新客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="182" />
      <source>Referred by</source>
      <translation>介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="73" />
      <source>Referred by {name} ({number})</source>
      <translation>介绍人：{name}（{number}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="115" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="179" />
      <source>Register</source>
      <translation>投诉登记</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="46" />
      <source>Registered</source>
      <translation>登记入会</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="13" />
      <source>Regular</source>
      <translation>老顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="516" />
      <source>Rejected rows saved to {path}: fix them and import that file.</source>
      <translation>未导入的行已保存到 {path}：修改后导入该文件即可。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="162" />
      <source>Rejected rows written to {path}</source>
      <translation>未导入的行已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="66" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="98" />
      <location filename="../../shopcrm/ui/message_templates.py" line="81" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="155" />
      <source>Remove key date</source>
      <translation>删除关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="348" />
      <source>Remove row</source>
      <translation>删除这一行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="156" />
      <source>Remove {what}?</source>
      <translation>删除{what}？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="461" />
      <source>Reopen for a second chance</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="48" />
      <source>Reopened</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="215" />
      <source>Reopened because</source>
      <translation>重新处理的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="113" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="30" />
      <source>Repeat complaints</source>
      <translation>重复投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="141" />
      <source>Repeat-purchase rate</source>
      <translation>回购率</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="180" />
      <source>Reply deleted.</source>
      <translation>话术已删除。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="172" />
      <source>Reply saved.</source>
      <translation>话术已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="180" />
      <source>Report by category and cause</source>
      <translation>按类别和原因统计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="65" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/reports_page.py" line="20" />
      <source>Reports for the owner</source>
      <translation>店长报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="117" />
      <source>Requirement</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="177" />
      <source>Residential community</source>
      <translation>小区</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="60" />
      <source>Resolve</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="106" />
      <source>Respond with real feeling and help her calm down. Note her mood and what you said or did that helped.</source>
      <translation>真诚地回应她的感受，帮她平静下来。记下她的情绪，以及哪些话或做法起了作用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="347" />
      <source>Restate her concern in your own words, as you said it back to her.</source>
      <translation>请用你自己的话复述她的问题，就像你当面复述给她听的那样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="25" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="185" />
      <source>Restore our default replies?</source>
      <translation>恢复默认话术？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="82" />
      <source>Restore our defaults…</source>
      <translation>恢复默认话术…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="70" />
      <source>Restored {file} into {path}.</source>
      <translation>已将 {file} 恢复到 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="62" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="126" />
      <source>Resume</source>
      <translation>继续处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="1002" />
      <location filename="../../shopcrm/points.py" line="155" />
      <location filename="../../shopcrm/sales.py" line="307" />
      <source>Return {date}</source>
      <translation>{date} 退货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="198" />
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="139" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="201" />
      <location filename="../../shopcrm/ui/main_window.py" line="283" />
      <source>Sale recorded.</source>
      <translation>销售已记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="322" />
      <source>Sale to {name}</source>
      <translation>{name} 的销售单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="1001" />
      <location filename="../../shopcrm/points.py" line="155" />
      <location filename="../../shopcrm/sales.py" line="307" />
      <source>Sale {date}</source>
      <translation>{date} 消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="290" />
      <source>Sale {id} recorded for {name} ({number}), paid by {payment}.</source>
      <translation>已为 {name}（{number}）记录销售 {id}，付款方式：{payment}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="92" />
      <source>Sale {id}: {detail}</source>
      <translation>销售 {id}：{detail}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="130" />
      <source>Sales</source>
      <translation>销售笔数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="131" />
      <source>Sales amount</source>
      <translation>销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="87" />
      <source>Satisfaction calls</source>
      <translation>满意度回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="133" />
      <location filename="../../shopcrm/ui/complaint_report.py" line="29" />
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="82" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="84" />
      <location filename="../../shopcrm/ui/message_templates.py" line="79" />
      <source>Save (Ctrl+S)</source>
      <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="164" />
      <source>Save an import template…</source>
      <translation>保存导入模板…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="460" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="625" />
      <source>Save and close</source>
      <translation>保存并关闭</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="36" />
      <source>Save as &amp;web page…</source>
      <translation>另存为网页(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="35" />
      <source>Save as P&amp;DF…</source>
      <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="67" />
      <source>Save festival</source>
      <translation>保存节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="115" />
      <source>Save lessons</source>
      <translation>保存教训</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="75" />
      <source>Save reply</source>
      <translation>保存话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="223" />
      <source>Save rules</source>
      <translation>保存规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="48" />
      <source>Save the VIP rules</source>
      <translation>保存会员规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="253" />
      <source>Save the changes to {name}?</source>
      <translation>保存对 {name} 的修改吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="53" />
      <source>Save the import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/export_actions.py" line="76" />
      <source>Save the monthly VIP list</source>
      <translation>保存每月VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="504" />
      <source>Save the rejected rows</source>
      <translation>保存未导入的行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="476" />
      <source>Save the rejected rows…</source>
      <translation>保存未导入的行…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="269" />
      <source>Save this mapping for next time</source>
      <translation>保存这次的对应关系，下次沿用</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="157" />
      <location filename="../../shopcrm/ui/message_templates.py" line="172" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="243" />
      <source>Saved: the follow-ups follow the new rules when planned again.</source>
      <translation>已保存：重新生成回访任务时将按新规则执行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="416" />
      <source>Say why it is skipped, e.g. she asked not to be called.</source>
      <translation>请说明跳过的原因，如 她不希望被打扰。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="447" />
      <source>Say why no follow-up call is needed.</source>
      <translation>请说明为什么不需要回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="181" />
      <source>Say why the points change: she may ask.</source>
      <translation>请写明积分变动的原因：顾客可能会问。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="404" />
      <source>Say why there is no compensation.</source>
      <translation>请说明为什么不给补偿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="78" />
      <source>Search: last digits of the phone, name, pinyin initials (zxl) or number</source>
      <translation>搜索：手机尾号、姓名、拼音首字母（如 zxl）或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="71" />
      <source>Second chance {n}</source>
      <translation>第 {n} 次重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_report.py" line="31" />
      <source>Second chances</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="153" />
      <source>Second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="289" />
      <source>Select exactly two customers to merge.</source>
      <translation>请选中两位顾客再合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="96" />
      <source>Serious (3)</source>
      <translation>严重（3）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="89" />
      <source>Service attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="40" />
      <source>Set referrer</source>
      <translation>设为介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="31" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="173" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="48" />
      <source>Several sheets hold customer lists ({names}): choose one.</source>
      <translation>多个工作表都有顾客名单（{names}）：请选择一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="187" />
      <source>Several sheets hold customers; import:</source>
      <translation>多个工作表都有顾客，导入：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="53" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="140" />
      <source>She accepted</source>
      <translation>她接受了</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="140" />
      <source>She declined</source>
      <translation>她没有接受</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="180" />
      <source>She has already bought; her status follows her purchases.</source>
      <translation>她已经购买过，状态随购买记录自动变化。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="127" />
      <source>She has {n} points; redeem at most that many.</source>
      <translation>她有 {n} 积分，最多只能抵扣这么多。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="196" />
      <source>She has {n} points; take away at most that many.</source>
      <translation>她有 {n} 积分，最多只能扣这么多。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="699" />
      <source>She is a {tier} customer: add a gesture of goodwill to keep her trust, such as a gift or a voucher.</source>
      <translation>她是{tier}顾客：请表示心意以留住她的信任，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="429" />
      <source>She is not fully satisfied: write down the final offer you made on the spot.</source>
      <translation>她不完全满意：请记下你当场提出的最终方案。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="42" />
      <source>She would like us to remember this day</source>
      <translation>她希望我们记得这一天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="207" />
      <source>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</source>
      <translation>工作表“{sheet}”的数据一直延伸到第 {columns} 列、第 {rows} 行，远超顾客名单的范围。请删除表格之后的行和列，保存后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="246" />
      <source>Sheet “{sheet}”: the column names are in row {row}.</source>
      <translation>工作表“{sheet}”：列名在第 {row} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="160" />
      <source>Shoe size</source>
      <translation>鞋码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="52" />
      <source>Shop name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="78" />
      <source>Shorten the title to {n} characters.</source>
      <translation>标题请缩短到 {n} 个字以内。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="80" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="69" />
      <source>Size</source>
      <translation>尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="86" />
      <source>Size or fit</source>
      <translation>尺码/合身</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="280" />
      <source>Skip (Ctrl+K)</source>
      <translation>跳过（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="340" />
      <source>Skip it: keep the customer as she is</source>
      <translation>跳过：保持顾客资料不变</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="135" />
      <source>Skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="461" />
      <source>Skipped: {name}.</source>
      <translation>已跳过：{name}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="123" />
      <source>Small gift</source>
      <translation>小礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="283" />
      <source>Snooze (Ctrl+P)</source>
      <translation>推迟（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="276" />
      <source>Snooze until</source>
      <translation>推迟到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="467" />
      <source>Snoozed: {name}.</source>
      <translation>已推迟：{name}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="361" />
      <source>So that it does not happen again</source>
      <translation>防止再次发生</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="149" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="122" />
      <source>Solar</source>
      <translation>公历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="68" />
      <source>Solar date</source>
      <translation>公历日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="71" />
      <location filename="../../shopcrm/ui/care_settings.py" line="58" />
      <source>Solar term</source>
      <translation>节气</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="199" />
      <source>Solution offered</source>
      <translation>解决办法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="621" />
      <source>Some of what you typed is not saved. Save it to resume later, or discard it?</source>
      <translation>有些输入还没有保存。保存以便稍后继续，还是放弃？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="713" />
      <source>Someone changed the customers while the import was prepared (a phone is now taken). Nothing was imported: run the import again.</source>
      <translation>准备导入期间顾客资料被改动了（有手机号已被占用）。没有导入任何数据：请重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="35" />
      <source>Something went wrong</source>
      <translation>出了点问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="171" />
      <source>Spending habits</source>
      <translation>消费习惯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="184" />
      <source>Spending has passed {amount}: send a thank-you letter.</source>
      <translation>累计消费已超过 {amount}：发一封感谢信。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="46" />
      <source>Spending in the last 12 months</source>
      <translation>近 12 个月消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="497" />
      <source>Spending in the last 12 months changed</source>
      <translation>近 12 个月消费额变化</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="52" />
      <source>Spent</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="206" />
      <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
      <translation>电子表格 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="44" />
      <source>Spring Equinox</source>
      <translation>春分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="148" />
      <source>Standard replies and follow-up…</source>
      <translation>标准话术和回访设置…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="99" />
      <source>Standard replies let every clerk say the same good thing at each step. A reply for all categories shows on every complaint.</source>
      <translation>标准话术让每位导购在每一步都说同样得体的话。适用于全部类别的话术会出现在每条投诉中。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="138" />
      <source>Standard reply</source>
      <translation>标准话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="53" />
      <source>Start of Autumn</source>
      <translation>立秋</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="41" />
      <source>Start of Spring</source>
      <translation>立春</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="47" />
      <source>Start of Summer</source>
      <translation>立夏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="59" />
      <source>Start of Winter</source>
      <translation>立冬</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="546" />
      <source>Start with step 1: listen to her.</source>
      <translation>请从第 1 步开始：倾听她。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="162" />
      <location filename="../../shopcrm/ui/complaints_page.py" line="55" />
      <location filename="../../shopcrm/ui/customer_table.py" line="37" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="144" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="66" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="144" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="54" />
      <source>Step reached</source>
      <translation>进行到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="123" />
      <source>Step {n} of 9: {name}</source>
      <translation>第 {n} 步（共 9 步）：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="188" />
      <source>Still on time for (days)</source>
      <translation>宽限天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="66" />
      <source>Style no.</source>
      <translation>款号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="172" />
      <source>Style preferences</source>
      <translation>穿衣风格偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="80" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="50" />
      <source>Summer Solstice</source>
      <translation>夏至</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="83" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="56" />
      <source>Talk</source>
      <translation>交谈</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="86" />
      <source>Tasks count for the clerk in charge, contacts for the clerk who made them; customers and profile completeness are as they stand today.</source>
      <translation>任务计入负责导购，联系记录计入实际联系的导购；负责顾客数和档案完整度按今天的情况统计。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/clerk_stats.py" line="133" />
      <source>Tasks due</source>
      <translation>应办任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="591" />
      <source>Tell her the good news and her new benefits:</source>
      <translation>告诉她这个好消息和新等级的权益：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="593" />
      <source>Tell her the good news.</source>
      <translation>告诉她这个好消息。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="118" />
      <source>Tell her what will happen next and show that you sincerely want to solve it. Write down what you explained.</source>
      <translation>告诉她接下来会怎么处理，表现出真心想解决问题的诚意。记下你解释的内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="26" />
      <source>Text message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="436" />
      <source>Thank her for telling us, then tick this box.</source>
      <translation>感谢她告诉我们后，勾选此项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="27" />
      <location filename="../../shopcrm/messages.py" line="109" />
      <source>Thank-you</source>
      <translation>感谢</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="194" />
      <source>Thank-you letter at spending of (¥)</source>
      <translation>累计消费达到（元）时发感谢信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="91" />
      <source>Thank-you letters</source>
      <translation>感谢信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="210" />
      <source>Thanked her</source>
      <translation>已致谢</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="110" />
      <location filename="../../shopcrm/tasks.py" line="88" />
      <source>Thanks for a referral</source>
      <translation>感谢转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="166" />
      <source>That complaint no longer exists; refresh the register.</source>
      <translation>该投诉已不存在；请刷新投诉登记表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="29" />
      <location filename="../../shopcrm/points.py" line="187" />
      <location filename="../../shopcrm/sales.py" line="265" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="174" />
      <source>That festival was removed; open the list again.</source>
      <translation>该节日已被删除；请重新打开列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="129" />
      <source>That file is the database itself; choose a backup.</source>
      <translation>该文件就是当前数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="235" />
      <source>That message was removed; open the library again.</source>
      <translation>该短信已被删除；请重新打开短信库。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="132" />
      <location filename="../../shopcrm/keydates.py" line="36" />
      <source>That month has at most {n} days.</source>
      <translation>这个月最多 {n} 天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="85" />
      <source>That reply was removed meanwhile; add it again.</source>
      <translation>这条话术已被删除；请重新添加。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="335" />
      <location filename="../../shopcrm/tasks.py" line="456" />
      <source>That task is gone; refresh the list.</source>
      <translation>该任务已不存在；请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="50" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="76" />
      <location filename="../../shopcrm/money.py" line="53" />
      <source>The amount is too large: at most {most}.</source>
      <translation>金额太大：最多 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="74" />
      <source>The amount must be a number.</source>
      <translation>金额必须是数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="137" />
      <source>The area must be between 0 and 100,000 m².</source>
      <translation>面积应在 0 到 100,000 平方米之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="500" />
      <source>The compensation was already given and cannot change now; note any further gesture below.</source>
      <translation>补偿已经给出，不能再修改；如有额外表示，请在下面注明。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="118" />
      <source>The customer count is kept as {stored}, but there are {counted}.</source>
      <translation>记录的顾客人数为 {stored}，实际有 {counted} 位。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="72" />
      <source>The database as it was before is kept in {path}.</source>
      <translation>恢复前的数据库保存在 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="82" />
      <source>The database is damaged ({reason}); restore a backup.</source>
      <translation>数据库已损坏（{reason}）；请恢复一个备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="106" />
      <source>The day after the sale: check the delivery came on time and nothing was damaged.</source>
      <translation>成交第二天：确认按时送到、没有损坏。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="238" />
      <source>The discount cannot be negative.</source>
      <translation>优惠金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="270" />
      <source>The discount is larger than the sale.</source>
      <translation>优惠金额超过了销售金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="48" />
      <source>The first message of its kind</source>
      <translation>同类中的第一条短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="277" />
      <source>The grace period is a number of days from 0 to 365.</source>
      <translation>宽限期是 0 到 365 之间的天数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="77" />
      <source>The import stopped on an unexpected error; nothing was written.</source>
      <translation>导入因意外错误中止，没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaint_report.py" line="49" />
      <source>The last 3 months</source>
      <translation>最近 3 个月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="36" />
      <source>The last action did not complete; your saved data is safe.
Details were written to {path}.</source>
      <translation>刚才的操作没有完成；已保存的数据是安全的。
详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="172" />
      <source>The last save was undone.</source>
      <translation>已撤销上次保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="247" />
      <source>The lowest tier must start at 0, so that every customer has a tier.</source>
      <translation>最低等级的门槛必须是 0，这样每位顾客都有等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/contact_dialog.py" line="40" />
      <source>The message sent, or anything to remember</source>
      <translation>发送的短信，或需要记住的事</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="122" />
      <location filename="../../shopcrm/keydates.py" line="32" />
      <source>The month is a number from 1 to 12.</source>
      <translation>月份是 1 到 12 之间的数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="133" />
      <source>The points would be worth more than the sale; redeem at most {n}.</source>
      <translation>积分抵扣金额超过了这笔消费，最多抵扣 {n} 积分。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="225" />
      <source>The price cannot be negative.</source>
      <translation>单价不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="122" />
      <source>The profiles the customer list shows now, with its filters, as an Excel workbook.</source>
      <translation>按当前筛选条件，把顾客列表中的档案导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="209" />
      <source>The referring customer no longer exists.</source>
      <translation>介绍人已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="141" />
      <source>The rules</source>
      <translation>规则说明</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="235" />
      <source>The sale date cannot be in the future.</source>
      <translation>销售日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="231" />
      <source>The sale is too large: at most {most} in one sale.</source>
      <translation>这笔销售金额太大：一笔最多 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="49" />
      <source>The shop</source>
      <translation>店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="290" />
      <source>The tiers were changed elsewhere; close the settings and open them again.</source>
      <translation>等级已在别处被修改，请关闭设置后重新打开。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="114" />
      <source>The tiers, what each requires and its benefits, to print or save for customers.</source>
      <translation>各会员等级的条件和权益，可打印或保存给顾客看。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="21" />
      <source>There is already a clerk called {name}.</source>
      <translation>已经有一位叫 {name} 的导购。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="238" />
      <source>There is no sheet “{sheet}”; the sheets are: {names}.</source>
      <translation>没有名为“{sheet}”的工作表；现有工作表：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/database.py" line="50" />
      <source>There is no shop database at {path}. Check the path given with --db, or start a shop with `demo` or `import`.</source>
      <translation>{path} 没有店铺数据库。请检查 --db 给出的路径，或用 `demo` 或 `import` 建立店铺。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="551" />
      <source>This complaint is closed; reopen it to change it.</source>
      <translation>该投诉已结案；如需修改，请重新处理。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="45" />
      <source>This computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="1074" />
      <source>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</source>
      <translation>该数据库中已有顾客；演示数据不能混入真实店铺的数据。请用 --db 指定一个新文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaint_report.py" line="48" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="93" />
      <source>This month's birthdays</source>
      <translation>本月生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="179" />
      <source>This phone already belongs to {name} ({number}).</source>
      <translation>这个号码已属于 {name}（{number}）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="298" />
      <source>This phone belongs to another customer than number {number}.</source>
      <translation>这个手机号属于另一位顾客，不是编号 {number}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="337" />
      <source>This task was already dealt with; refresh the list.</source>
      <translation>该任务已经处理过；请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaint_report.py" line="50" />
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="76" />
      <source>Threshold (¥)</source>
      <translation>门槛（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="80" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="33" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="81" />
      <source>Tier discount</source>
      <translation>会员折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="57" />
      <source>Tier history</source>
      <translation>等级记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="499" />
      <source>Tier re-evaluated</source>
      <translation>等级重新评定</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="583" />
      <source>Tier upgrade</source>
      <translation>会员升级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="189" />
      <source>Tier {n}: a name has at most {limit} characters.</source>
      <translation>第 {n} 级：名称最多 {limit} 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="209" />
      <source>Tier {n}: a number of visits is a whole number, e.g. 5.</source>
      <translation>第 {n} 级：到店次数须为整数，例如 5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="229" />
      <source>Tier {n}: shorten the benefits to at most {limit} characters.</source>
      <translation>第 {n} 级：权益说明请缩短到 {limit} 个字以内。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="217" />
      <source>Tier {n}: the birthday discount must be a number from 0 to 100 (%).</source>
      <translation>第 {n} 级：生日折扣必须是 0 到 100 之间的数（%）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="214" />
      <source>Tier {n}: the discount must be a number from 0 to 100 (%).</source>
      <translation>第 {n} 级：折扣必须是 0 到 100 之间的数（%）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="221" />
      <source>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</source>
      <translation>第 {n} 级：积分倍数必须是 0 到 100 之间的数，例如 1.5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="205" />
      <source>Tier {n}: the threshold must be from 0 to 999,999,999.</source>
      <translation>第 {n} 级：门槛必须在 0 到 999,999,999 之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="253" />
      <source>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</source>
      <translation>第 {n} 级：门槛必须高于第 {m} 级；请按从低到高排列等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="187" />
      <source>Tier {n}: type a name, e.g. 银卡.</source>
      <translation>第 {n} 级：请输入名称，例如 银卡。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="202" />
      <source>Tier {n}: type the threshold as a number.</source>
      <translation>第 {n} 级：门槛请输入数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="193" />
      <source>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</source>
      <translation>第 {n} 级：“{name}”已是第 {m} 级的名称，每个等级请用不同的名称。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="68" />
      <location filename="../../shopcrm/ui/message_templates.py" line="53" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="46" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="369" />
      <source>To call her another day, set the day and press Save and close.</source>
      <translation>如要改天回访，请设定日期后点“保存并关闭”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="45" />
      <source>To keep a level, spending up to {n} days beyond the 12 months still counts.</source>
      <translation>保级时，12 个月之外再往前 {n} 天内的消费也计算在内。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="86" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="193" />
      <source>To {name}: {message}</source>
      <translation>致 {name}：{message}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="63" />
      <source>Today's follow-ups</source>
      <translation>今日回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="680" />
      <location filename="../../shopcrm/contacts.py" line="56" />
      <location filename="../../shopcrm/festivals.py" line="140" />
      <location filename="../../shopcrm/keydates.py" line="40" />
      <location filename="../../shopcrm/messages.py" line="209" />
      <location filename="../../shopcrm/messages.py" line="213" />
      <location filename="../../shopcrm/tasks.py" line="420" />
      <location filename="../../shopcrm/validation.py" line="58" />
      <source>Too long: at most {n} characters.</source>
      <translation>太长了：最多 {n} 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="249" />
      <source>Too many numbers in one cell: keep one or two.</source>
      <translation>一格里的号码太多：最多保留两个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="158" />
      <source>Top size</source>
      <translation>上装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="45" />
      <source>Total spending</source>
      <translation>累计消费</translation>
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
      <location filename="../../shopcrm/ui/main_window.py" line="158" />
      <source>Trash…</source>
      <translation>回收站…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="78" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="66" />
      <source>Type a number from {low} to {high}.</source>
      <translation>请填 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="62" />
      <source>Type a whole number, e.g. 1.</source>
      <translation>请填整数，例如 1。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="38" />
      <source>Type a year between 1900 and next year, or leave it empty.</source>
      <translation>请输入 1900 年到明年之间的年份，或留空。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="114" />
      <source>Type a year between 1900 and this year.</source>
      <translation>请输入 1900 年到今年之间的年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="65" />
      <location filename="../../shopcrm/validation.py" line="112" />
      <source>Type a year, e.g. 1985.</source>
      <translation>请输入年份，如 1985。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="653" />
      <source>Type after how many days to call, from 1 to 60.</source>
      <translation>请输入购买后几天回访，1 到 60。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="41" />
      <source>Type an amount, e.g. 399 or 1299.50.</source>
      <translation>请填金额，例如 399 或 1299.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="72" />
      <source>Type her name (a surname alone is fine).</source>
      <translation>请输入她的姓名（只写姓也可以）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="310" />
      <source>Type her name: a new customer needs one.</source>
      <translation>请填写姓名：新顾客必须有姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="61" />
      <source>Type her phone number: it is how she is found.</source>
      <translation>请输入手机号：以后靠它找到她。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="657" />
      <source>Type how many days late a call still counts as on time, from 0 to 30.</source>
      <translation>请输入回访晚几天仍算按时，0 到 30。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="178" />
      <source>Type how many points to add, or take away with a minus sign.</source>
      <translation>请输入要增加的积分，扣减请加负号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="669" />
      <source>Type how many top spenders to visit, from 0 to 100.</source>
      <translation>请输入拜访消费最高的前几位顾客，0 到 100。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="115" />
      <source>Type how many visits make a regular, at least 2.</source>
      <translation>请输入几次到店算老顾客，至少 2 次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="397" />
      <source>Type its value in yuan, e.g. 50.</source>
      <translation>请输入价值（元），如 50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="359" />
      <source>Type the amount in yuan, e.g. 120 or 99.50.</source>
      <translation>请输入金额（元），如 120 或 99.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="361" />
      <source>Type the amount to refund.</source>
      <translation>请输入退款金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="78" />
      <location filename="../../shopcrm/money.py" line="44" />
      <source>Type the amount to the fen: two decimals at most.</source>
      <translation>金额精确到分：最多两位小数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="135" />
      <source>Type the area in m², e.g. 120.5.</source>
      <translation>请输入面积（平方米），如 120.5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="17" />
      <source>Type the clerk's name.</source>
      <translation>请输入导购的姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="271" />
      <source>Type the date as YYYY-MM-DD, e.g. 2025-03-18.</source>
      <translation>日期请写成 年-月-日，如 2025-03-18。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="118" />
      <source>Type the days without a purchase before dormant, e.g. 180.</source>
      <translation>请输入多少天未购买算休眠，例如 180。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="121" />
      <source>Type the days without a purchase before lost, e.g. 365.</source>
      <translation>请输入多少天未购买算流失，例如 365。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="138" />
      <source>Type the festival's name.</source>
      <translation>请输入节日名称。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="109" />
      <source>Type the friend's extra discount from 0 to 100 (%).</source>
      <translation>请输入朋友的额外折扣，0 到 100（%）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="677" />
      <source>Type the gift budget in yuan, e.g. 200.</source>
      <translation>请输入礼物预算（元），如 200。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="154" />
      <source>Type the number of days, from 1 to {n}.</source>
      <translation>请输入天数，1 到 {n}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="86" />
      <source>Type the points earned per ¥1, from 0 to 100.</source>
      <translation>请输入每消费 ¥1 得多少积分，0 到 100。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="393" />
      <source>Type the points to give as a whole number, e.g. 200.</source>
      <translation>请输入赠送的积分（整数），如 200。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="119" />
      <source>Type the points to redeem as 0 or more.</source>
      <translation>抵扣积分请输入 0 或以上。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="341" />
      <source>Type the price and Enter; ↓ for the next item. Home goes to the style number, which fills in what was sold before. Ctrl+S records the sale.</source>
      <translation>输入单价后按回车，↓ 到下一件。Home 键到款号，已卖过的款号会自动填好品名和价格。Ctrl+S 记录销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="112" />
      <source>Type the referral goal from 0 to 100 (%).</source>
      <translation>请输入转介绍目标，0 到 100（%）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="96" />
      <source>Type the referrer's points as a whole number, e.g. 200.</source>
      <translation>请输入给推荐人的积分（整数），例如 200。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="649" />
      <source>Type the smallest sale in yuan that gets a call, e.g. 1000.</source>
      <translation>请输入需要回访的最低单笔金额（元），如 1000。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="665" />
      <source>Type the spending levels in yuan, separated by commas, e.g. 5000, 20000.</source>
      <translation>请输入消费金额档位（元），用逗号分隔，如 5000, 20000。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="103" />
      <source>Type the voucher in yuan, e.g. 50, or 0.</source>
      <translation>请输入代金券金额（元），例如 50，没有填 0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty.py" line="92" />
      <source>Type what one point is worth in yuan, e.g. 0.01 (100 points = ¥1).</source>
      <translation>请输入 1 积分抵多少元，例如 0.01（100 积分 = ¥1）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/standard_replies.py" line="80" />
      <source>Type what the clerk should say.</source>
      <translation>请输入导购应该说的话。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care_rules.py" line="661" />
      <source>Type within how many days to call a referred friend, from 1 to 30.</source>
      <translation>请输入几天内回访被介绍的朋友，1 到 30。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="87" />
      <source>Undo last save</source>
      <translation>撤销上次保存</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="72" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="166" />
      <source>Unknown placeholder {placeholder}: use one of {known}.</source>
      <translation>未知占位符 {placeholder}：请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="252" />
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="199" />
      <source>Upgraded to {tier}!</source>
      <translation>已升级为{tier}！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="387" />
      <source>Use points</source>
      <translation>使用积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="479" />
      <source>Use {n}</source>
      <translation>用 {n}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="57" />
      <source>Used to buy often or much, not lately: call them first.</source>
      <translation>以前常来或花得多，最近没来：优先联系。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="76" />
      <source>VIP and points</source>
      <translation>会员与积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="96" />
      <source>VIP levels</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="26" />
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="48" />
      <source>VIP rules</source>
      <translation>会员规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="570" />
      <source>VIP rules changed</source>
      <translation>会员规则变更</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="170" />
      <location filename="../../shopcrm/ui/main_window.py" line="113" />
      <source>VIP rules page…</source>
      <translation>VIP规则页…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="161" />
      <source>VIP tiers</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="166" />
      <source>VIP tiers…</source>
      <translation>VIP等级…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="204" />
      <location filename="../../shopcrm/ui/import_wizard.py" line="139" />
      <source>Value</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="323" />
      <source>Value in yuan, e.g. 50</source>
      <translation>价值（元），如 50</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="30" />
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
      <location filename="../../shopcrm/ui/tier_settings.py" line="76" />
      <source>Visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="49" />
      <source>Visits that make a regular</source>
      <translation>到店几次算老顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="92" />
      <source>Visits to top customers</source>
      <translation>拜访重点顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="124" />
      <source>Voucher</source>
      <translation>代金券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="41" />
      <source>Voucher for the referrer (¥)</source>
      <translation>推荐人得代金券（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="99" />
      <source>We miss you</source>
      <translation>想念您</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="27" />
      <location filename="../../shopcrm/labels.py" line="76" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="154" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="198" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/vip_rules_dialog.py" line="66" />
      <source>Web page (*.html)</source>
      <translation>网页 (*.html)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="79" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="57" />
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="70" />
      <source>Weekday of a month</source>
      <translation>某月第几个星期几</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="89" />
      <source>Welcome a referred friend</source>
      <translation>欢迎被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="111" />
      <source>Welcome for a referred friend</source>
      <translation>欢迎被介绍的新朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="192" />
      <source>What it is about</source>
      <translation>投诉类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="175" />
      <source>What matters to her</source>
      <translation>她看重什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="144" />
      <source>What she said</source>
      <translation>顾客原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="350" />
      <source>What she said on the call</source>
      <translation>回访时她说的话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="209" />
      <source>What she said, in her own words</source>
      <translation>她的原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="268" />
      <source>What she said, or why it is skipped</source>
      <translation>她说了什么，或跳过的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="69" />
      <source>What the clerk says</source>
      <translation>导购话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="64" />
      <source>What to do</source>
      <translation>要做的事</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="479" />
      <source>What you explained to her</source>
      <translation>你向她解释的内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="184" />
      <source>What you said to her</source>
      <translation>你对她说的话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="35" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="180" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="46" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="85" />
      <source>When she makes her first purchase, you receive: {thanks}.</source>
      <translation>朋友首次购物后，您将获得：{thanks}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="56" />
      <source>Which</source>
      <translation>第几个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="55" />
      <source>White Dew</source>
      <translation>白露</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="46" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="89" />
      <source>Whose / what</source>
      <translation>谁的 / 什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="46" />
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="48" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="282" />
      <source>Why it happened, as far as we know</source>
      <translation>据我们所知的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="213" />
      <source>Why no follow-up</source>
      <translation>不回访的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="206" />
      <source>Why none</source>
      <translation>不补偿的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="62" />
      <source>Winter Solstice</source>
      <translation>冬至</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="209" />
      <source>With the 12-month rule, she keeps her tier while her spending within 12 months plus the grace period still reaches it.</source>
      <translation>按近 12 个月消费评级时，只要她在 12 个月加宽限期内的消费仍达到门槛，就保留原等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_settings.py" line="32" />
      <source>Worth of one point (¥)</source>
      <translation>1 积分抵扣（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="452" />
      <source>Write down what she said on the follow-up call, or say why no call is needed.</source>
      <translation>请记下回访时她说的话，或说明为什么不需要回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="324" />
      <source>Write down what she said, in her own words.</source>
      <translation>请用她的原话记下她说的内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="354" />
      <source>Write down what you explained to her.</source>
      <translation>请记下你向她解释的内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="604" />
      <source>Write down why she needs a second chance.</source>
      <translation>请写明为什么需要再处理一次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="98" />
      <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
      <translation>日期请写成 年-月-日，如 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="211" />
      <source>Write the message.</source>
      <translation>请填写短信内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_report.py" line="144" />
      <source>Write the month as YYYY-MM, e.g. 2025-03.</source>
      <translation>请按 YYYY-MM 写月份，例如 2025-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="270" />
      <source>Write the review date as month-day, e.g. 01-01.</source>
      <translation>复核日期请写成 月-日，例如 01-01。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/contacts.py" line="53" />
      <source>Write what came of it: the next clerk reads it on her card.</source>
      <translation>请写下联系结果：下一位导购会在她的档案里看到。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="374" />
      <source>Write what she said: the next clerk reads it on her card.</source>
      <translation>请写下她说的话：下一位导购会在她的档案里看到。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/message_templates.py" line="52" />
      <source>Written in</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="123" />
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="192" />
      <source>Wrote the import template {path}.</source>
      <translation>已写入导入模板 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="198" />
      <source>Wrote {path} ({n} customers).</source>
      <translation>已写入 {path}（{n} 位顾客）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="49" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="181" />
      <source>Year built</source>
      <translation>建成年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="206" />
      <source>Yearly review on</source>
      <translation>年度复核日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="495" />
      <source>Yearly tier review</source>
      <translation>年度等级复核</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints.py" line="745" />
      <location filename="../../shopcrm/complaints.py" line="746" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="131" />
      <source>You move up as soon as you qualify.</source>
      <translation>一达到条件即刻升级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="127" />
      <source>Your level follows how many times you have shopped with us.</source>
      <translation>会员等级按您在本店购物的次数评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="126" />
      <source>Your level follows what you spent with us in the last 12 months.</source>
      <translation>会员等级按您近 12 个月在本店的消费评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="125" />
      <source>Your level follows your total spending with us.</source>
      <translation>会员等级按您在本店的累计消费评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="347" />
      <source>a phone already known: skip the row, fill empty fields, or overwrite</source>
      <translation>手机号已存在时：跳过该行、只补空白字段或覆盖</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="80" />
      <source>a {amount} voucher</source>
      <translation>{amount} 代金券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="128" />
      <source>all good</source>
      <translation>一切正常</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="377" />
      <source>an extra discount</source>
      <translation>额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="302" />
      <source>birthday {date}: {pct}% extra off that day</source>
      <translation>生日 {date}：当天再优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="342" />
      <source>check the file, write nothing</source>
      <translation>只检查文件，不写入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/clerk_stats.py" line="111" />
      <source>clerks-{month}.xlsx</source>
      <translation>导购统计-{month}.xlsx</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="28" />
      <source>complaints</source>
      <translation>条投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="29" />
      <source>contacts</source>
      <translation>条联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="321" />
      <source>copy the database now</source>
      <translation>立即备份数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="312" />
      <source>database file (default: $SHOPCRM_DB, else the data folder)</source>
      <translation>数据库文件（默认：$SHOPCRM_DB，否则为数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="43" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="428" />
      <source>draft, not finished</source>
      <translation>草稿，未完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="98" />
      <source>due {date}</source>
      <translation>{date} 到期</translation>
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
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="36" />
      <source>e.g. daughter Lili, wedding</source>
      <translation>如：女儿丽丽、结婚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/contact_dialog.py" line="38" />
      <source>e.g. the coat fits well; wants a matching scarf</source>
      <translation>如：大衣很合身；想配一条围巾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="335" />
      <source>expire points, review tiers and lifecycle statuses as of today</source>
      <translation>按今天的日期清理过期积分、复核会员等级和客户状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="322" />
      <source>file or folder</source>
      <translation>文件或文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="315" />
      <source>fill an empty database with a living demo shop</source>
      <translation>在空数据库中生成一家演示店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="308" />
      <source>first purchase as a referred friend: {pct}% off</source>
      <translation>转介绍来的首次购买：优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="130" />
      <source>her VIP tier</source>
      <translation>她的VIP等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="298" />
      <source>her birthday today</source>
      <translation>今天是她的生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="296" />
      <source>her birthday today: {pct}% extra off</source>
      <translation>今天是她的生日：再优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="364" />
      <source>her customer number or phone</source>
      <translation>顾客编号或手机号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="126" />
      <source>her full name</source>
      <translation>她的全名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="131" />
      <source>her points balance</source>
      <translation>她的积分余额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="372" />
      <source>how she paid</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="127" />
      <source>how to address her, e.g. Ms Zhang</source>
      <translation>称呼，如 张女士</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="339" />
      <source>import customer profiles from .xlsx or .csv</source>
      <translation>从 .xlsx 或 .csv 导入顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="26" />
      <source>key dates</source>
      <translation>个关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="89" />
      <source>last</source>
      <translation>最后一个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="103" />
      <source>lunar {month}/{day}</source>
      <translation>农历 {month}月{day}日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="100" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="89" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="91" />
      <source>no phone</source>
      <translation>无电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="289" />
      <source>no tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="34" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="42" />
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="370" />
      <source>one item, e.g. “399” or “199*2 scarf”; repeat for each item</source>
      <translation>一件商品，例如“399”或“199*2 围巾”；每件重复一次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="384" />
      <source>only this clerk's follow-ups</source>
      <translation>只列出这位导购的任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="92" />
      <source>opened {date}</source>
      <translation>登记于 {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="40" />
      <source>optional</source>
      <translation>可不填</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="39" />
      <source>optional, e.g. 1990-05-03</source>
      <translation>可不填，如 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="44" />
      <source>optional: phone or number of the friend who brought her</source>
      <translation>可不填：介绍她来的朋友的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="27" />
      <source>points entries</source>
      <translation>条积分记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="374" />
      <source>points she spends on it</source>
      <translation>这笔使用的积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="350" />
      <source>print the counts as JSON</source>
      <translation>以 JSON 输出统计数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="382" />
      <source>print the day's follow-ups, after planning them</source>
      <translation>生成并打印当天的回访任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="385" />
      <source>print the list as JSON</source>
      <translation>以 JSON 格式输出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="331" />
      <source>recompute derived figures that disagree with the sales</source>
      <translation>重新计算与销售记录不符的汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="363" />
      <source>record a sale to a customer</source>
      <translation>为顾客记录一笔销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="31" />
      <source>referred friends</source>
      <translation>位介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="324" />
      <source>replace the database with a verified backup</source>
      <translation>用经过校验的备份替换数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="167" />
      <source>row {row}, {column} “{value}”: {reason}</source>
      <translation>第 {row} 行，{column}“{value}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="25" />
      <source>sales</source>
      <translation>笔销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="376" />
      <source>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</source>
      <translation>shopcrm 帮您维护老顾客：档案、VIP等级、销售和关怀，数据只保存在这台电脑上。
数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="51" />
      <source>shopcrm — customer care</source>
      <translation>shopcrm — 老顾客维护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="167" />
      <source>something</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="128" />
      <source>the clerk sending it</source>
      <translation>发送的导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="132" />
      <source>the day it is about</source>
      <translation>相关的日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="134" />
      <source>the family occasion (family day messages)</source>
      <translation>家人纪念日（家人纪念日短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="133" />
      <source>the festival (holiday and season messages)</source>
      <translation>节日名称（节日和换季短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="359" />
      <source>the month of the VIP list (default: this month)</source>
      <translation>VIP名单的月份（默认：本月）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="129" />
      <source>the quantity cannot be 0 (a negative one is a return).</source>
      <translation>数量不能为 0（退货填负数）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="341" />
      <source>the sheet holding the customers</source>
      <translation>顾客数据所在的工作表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="129" />
      <source>the shop's name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="30" />
      <source>tier changes</source>
      <translation>条等级变动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="408" />
      <source>unexpected error; details were written to {path}</source>
      <translation>发生意外错误；详细信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="327" />
      <source>verify the file and every derived figure</source>
      <translation>校验文件及所有汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="136" />
      <source>what she bought (after-purchase and complaint messages)</source>
      <translation>她买的商品（购买后和投诉回访短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="135" />
      <source>who brought whom (referral messages)</source>
      <translation>介绍人与被介绍人（转介绍短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="379" />
      <source>who sold it (default: her clerk)</source>
      <translation>销售导购（默认为她的专属导购）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="352" />
      <source>write profiles, a template or the VIP list</source>
      <translation>导出顾客档案、导入模板或VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="349" />
      <source>write the rejected rows here</source>
      <translation>把未导入的行写到这里</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care_settings.py" line="89" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="35" />
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
      <location filename="../../shopcrm/tasks.py" line="170" />
      <source>{action} (sale of {date}, {amount})</source>
      <translation>{action}（{date} 成交，{amount}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="175" />
      <source>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
      <translation>新增 {added}，更新 {updated}，跳过 {skipped}，拒绝 {rejected}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="492" />
      <source>{added} customers added, {updated} updated, {skipped} skipped, {rejected} rows rejected.</source>
      <translation>新增顾客 {added} 位，更新 {updated} 位，跳过 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="398" />
      <source>{added} to add, {updated} to update, {skipped} to skip, {rejected} rejected.</source>
      <translation>将新增 {added} 位，更新 {updated} 位，跳过 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customer_summary.py" line="36" />
      <source>{amount} more to reach {tier}</source>
      <translation>再消费 {amount} 升级为{tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="155" />
      <source>{amount} spent in the last 12 months</source>
      <translation>近 12 个月消费 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="156" />
      <source>{amount} spent in total</source>
      <translation>累计消费 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="206" />
      <source>{festival} on {date}: send a greeting.</source>
      <translation>{date} {festival}：发送节日问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="161" />
      <source>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</source>
      <translation>{file} 含有 Excel 从不写入的 XML 声明，可能有害，已拒绝打开。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="73" />
      <source>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</source>
      <translation>{file} 是旧版 Excel 文件（.xls）或设有密码。请用 Excel 或 WPS 打开，去掉密码，另存为 .xlsx 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="114" />
      <source>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</source>
      <translation>{file} 已损坏或不完整（可能复制时中断了）。请用 Excel 或 WPS 打开，重新另存为 .xlsx 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="106" />
      <source>{file} is larger than {mb} MB: split it into smaller files.</source>
      <translation>{file} 超过 {mb} MB：请拆分成几个较小的文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="89" />
      <source>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是电子表格（可能被改过扩展名或已损坏）。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="218" />
      <source>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是文本表格。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="130" />
      <source>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是 Excel 工作簿（可能是改了扩展名的文档）。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="143" />
      <source>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</source>
      <translation>{file} 解压后的数据远超电子表格应有的大小，已拒绝打开。请用 Excel 或 WPS 重新保存顾客名单。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="288" />
      <source>{file}, line {line}: {reason}. Fix that line and import again.</source>
      <translation>{file} 第 {line} 行：{reason}。请修改这一行后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="707" />
      <source>{file}: {added} added, {updated} updated</source>
      <translation>{file}：新增 {added} 位，更新 {updated} 位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="105" />
      <source>{made} ({converted} bought)</source>
      <translation>{made}（{converted} 位已购买）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="136" />
      <source>{made} friends brought, {converted} bought, {revenue} in sales</source>
      <translation>介绍朋友 {made} 位，{converted} 位已购买，带来销售 {revenue}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="226" />
      <source>{month}/{day} is not a day of the year: write the month, then the day.</source>
      <translation>{month}/{day} 不是一年中的日子：请先写月，再写日。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="70" />
      <source>{name} is back in the list.</source>
      <translation>{name} 已恢复到顾客列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="584" />
      <source>{name} is now {tier}!</source>
      <translation>{name} 升级为 {tier}！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="299" />
      <source>{name} is now {tier}.</source>
      <translation>{name} 现在是 {tier}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="127" />
      <source>{name} was merged into {number}; open that customer instead.</source>
      <translation>{name} 已合并到 {number}；请打开该顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="95" />
      <source>{name}'s referral was already rewarded; it can no longer change.</source>
      <translation>{name} 的转介绍奖励已发放，推荐人不能再更改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/festivals.py" line="97" />
      <source>{nth} {weekday} of month {month}</source>
      <translation>{month} 月{nth}{weekday}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="106" />
      <source>{number}: {column} is {stored}, the sales say {expected}.</source>
      <translation>{number}：{column} 记录为 {stored}，按销售记录应为 {expected}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="153" />
      <source>{n} birthdays</source>
      <translation>{n} 位生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="192" />
      <source>{n} birthdays in {month}: go through the list and plan the greetings.</source>
      <translation>{month} 有 {n} 位顾客过生日：看一遍名单，安排祝福。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="166" />
      <source>{n} complaints</source>
      <translation>{n} 条投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints_page.py" line="208" />
      <source>{n} complaints, {late} overdue</source>
      <translation>{n} 条投诉，{late} 条逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="206" />
      <source>{n} contacts</source>
      <translation>{n} 条联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="149" />
      <location filename="../../shopcrm/ui/main_window.py" line="230" />
      <source>{n} customers</source>
      <translation>{n} 位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="56" />
      <source>{n} customers in the trash</source>
      <translation>回收站中有 {n} 位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="183" />
      <source>{n} customers match — choose one with ↑↓ and Enter</source>
      <translation>{n} 位顾客符合——用 ↑↓ 和回车选择一位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="326" />
      <source>{n} keep a tier they no longer qualify for, by the downgrade rule.</source>
      <translation>{n} 位顾客按降级规则保留了不再符合条件的等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="129" />
      <source>{n} key dates</source>
      <translation>{n} 个关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="149" />
      <source>{n} matches</source>
      <translation>找到 {n} 位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customer_summary.py" line="33" />
      <source>{n} more visits to reach {tier}</source>
      <translation>再到店 {n} 次升级为{tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/tier_settings.py" line="323" />
      <source>{n} move off a tier you removed.</source>
      <translation>{n} 位顾客原等级已删除，将重新定级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="98" />
      <source>{n} pcs</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="78" />
      <source>{n} points</source>
      <translation>{n} 积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="290" />
      <source>{n} points (worth {amount})</source>
      <translation>{n} 积分（价值 {amount}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="148" />
      <source>{n} points for {amount} off, sale {date}</source>
      <translation>{date} 消费用 {n} 积分抵扣 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="57" />
      <source>{n} points take ¥1 off a purchase.</source>
      <translation>{n} 积分可抵扣 ¥1。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="483" />
      <source>{n} points; 1 point = {value}</source>
      <translation>{n} 积分；1 积分 = {value}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="128" />
      <source>{n} problems</source>
      <translation>{n} 个问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/import_wizard.py" line="402" />
      <source>{n} rows repeat an earlier row's phone and are merged into it.</source>
      <translation>有 {n} 行的手机号与前面的行重复，已合并到前面那一行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="133" />
      <source>{n} sales, {total} in all</source>
      <translation>共 {n} 笔，合计 {total}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="140" />
      <source>{n} tier changes</source>
      <translation>{n} 次等级变动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/followups_page.py" line="341" />
      <source>{n} to do, {late} overdue</source>
      <translation>待办 {n} 项，逾期 {late} 项</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="153" />
      <source>{n} visits</source>
      <translation>到店 {n} 次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="69" />
      <source>{n}/9 · {name}</source>
      <translation>{n}/9 · {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tasks.py" line="204" />
      <source>{occasion} on {date}.</source>
      <translation>{date}：{occasion}。</translation>
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
      <location filename="../../shopcrm/backup.py" line="103" />
      <source>{path} has {count} broken links between records; choose another backup.</source>
      <translation>{path} 中有 {count} 处记录之间的关联已损坏；请选择其他备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="86" />
      <source>{path} holds no shop data.</source>
      <translation>{path} 中没有店铺数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="36" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="97" />
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
      <location filename="../../shopcrm/vip_rules.py" line="27" />
      <source>{pct}% off</source>
      <translation>优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/messages.py" line="170" />
      <source>{placeholder} cannot be filled in a message of this kind: take it out.</source>
      <translation>这类短信无法填入 {placeholder}：请删掉它。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="125" />
      <source>{referrer} was brought in through {name}; choose someone else.</source>
      <translation>{referrer} 是经 {name} 介绍来的，请选择其他人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="88" />
      <source>{segment} — {advice}</source>
      <translation>{segment} — {advice}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_rules.py" line="96" />
      <source>{shop} VIP levels</source>
      <translation>{shop} 会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_record.py" line="45" />
      <location filename="../../shopcrm/ui/complaint_wizard.py" line="431" />
      <source>{staff}, {when}</source>
      <translation>{staff}，{when}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaint_settings.py" line="120" />
      <source>{step} · {category} · {title}</source>
      <translation>{step} · {category} · {title}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty_tab.py" line="82" />
      <source>{tier}: {benefits}</source>
      <translation>{tier}：{benefits}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="266" />
      <source>{value} is not a date: write it as 1990-05-03.</source>
      <translation>{value} 不是日期：请写成 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="145" />
      <source>{value} is not a phone number: it has a fraction.</source>
      <translation>{value} 不是电话号码：它带有小数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="150" />
      <source>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</source>
      <translation>{value} 看起来被 Excel 四舍五入了（以 00000 结尾）：请以文本格式填写完整号码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="167" />
      <source>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</source>
      <translation>{value}：Excel 用科学计数法显示了这个号码，末尾几位已经丢失。请填写完整号码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="216" />
      <source>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</source>
      <translation>{year}-{month:02d}-{day:02d} 这一天不存在：请检查月和日。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/money.py" line="46" />
      <source>“{text}” is not an amount; type it as e.g. 399 or 1299.50.</source>
      <translation>“{text}”不是金额；请填例如 399 或 1299.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="284" />
      <source>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</source>
      <translation>“{value}”缺少日：请写完整生日，例如 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="287" />
      <source>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</source>
      <translation>“{value}”无法识别为日期：请写成 1990-05-03、1990年5月3日 或 5月3日。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="242" />
      <source>“{value}” is not a lunar day such as 初八 or 廿三.</source>
      <translation>“{value}”不是农历日子，应写成初八、廿三这样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="328" />
      <location filename="../../shopcrm/cleaning.py" line="332" />
      <source>“{value}” is not a number.</source>
      <translation>“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="29" />
      <source>“{value}” is not a phone number: type digits only.</source>
      <translation>“{value}”不是电话号码：请只输入数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="39" />
      <source>“{value}” is not a valid phone number: check the digits.</source>
      <translation>“{value}”不是有效的电话号码：请核对数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="343" />
      <source>“{value}” is not a year.</source>
      <translation>“{value}”不是年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="124" />
      <source>“{value}” is not an e-mail address (name@example.com).</source>
      <translation>“{value}”不是电子邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="314" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}”不在可选值中：{choices}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="34" />
      <source>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</source>
      <translation>“{value}”位数不够：手机号是 11 位，座机需要加区号（如 010-12345678）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="302" />
      <source>“{value}”: write 是 or 否 (yes or no).</source>
      <translation>“{value}”：请填写“是”或“否”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="170" />
      <source>… and {n} more (see --rejects).</source>
      <translation>……还有 {n} 行（见 --rejects 文件）。</translation>
    </message>
  </context>
</TS>
