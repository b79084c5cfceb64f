<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>care</name>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>1st</source>
      <translation>第一个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>2nd</source>
      <translation>第二个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>3rd</source>
      <translation>第三个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>4th</source>
      <translation>第四个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>A contact cannot be in the future.</source>
      <translation>联系时间不能晚于现在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>A {kind} message carries care and good wishes only, no promotion: take out “{words}”.</source>
      <translation>{kind}短信只传递关怀和祝福，不做促销：请删掉“{words}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>A {kind} message never asks whether something happened to the customer: take out “{words}”.</source>
      <translation>{kind}短信从不询问顾客是否出了什么事：请删掉“{words}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>About</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>After a furniture delivery</source>
      <translation>家具送货后关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>After a purchase</source>
      <translation>购买后关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>All clerks</source>
      <translation>全部导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>An event message invites, thanks or informs: no hard selling. Take out “{words}”.</source>
      <translation>活动短信只做邀请、感谢或告知，不硬性推销：请删掉“{words}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Autumn Equinox</source>
      <translation>秋分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Awakening of Insects</source>
      <translation>惊蛰</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday gift</source>
      <translation>生日礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday gifts</source>
      <translation>生日礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Birthday greeting</source>
      <translation>生日祝福</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday greetings</source>
      <translation>生日祝福</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday on {date}: a cake or flowers, up to {budget}.</source>
      <translation>{date} 生日：送蛋糕或鲜花，预算不超过 {budget}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday, {date} (lunar calendar).</source>
      <translation>生日，{date}（农历）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday, {date}.</source>
      <translation>生日，{date}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Birthdays, festivals and the “we miss you” note after the dormant days (see Loyalty) follow these rules; festival and season greetings and “we miss you” notes only go to customers who accept messages.</source>
      <translation>生日、节日以及休眠天数（见积分与顾客状态设置）后的“想念您”问候都按这些规则生成；节日、换季问候和“想念您”只发给愿意接收信息的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Bought {item} ({amount}) on {date}: call about fit and care.</source>
      <translation>{date} 购买了{item}（{amount}）：回访穿着/使用感受和保养方法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Brought a friend, {friend}: say thank you today.</source>
      <translation>介绍了朋友 {friend}：今天就去道谢。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>CSV for the SMS platform (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>短信平台 CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Calendar</source>
      <translation>历法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Call back about the complaint of {date}: did the remedy hold?</source>
      <translation>回访 {date} 的投诉：问题是否真正解决了？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Calls after a purchase</source>
      <translation>购买后回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Calls to referred friends</source>
      <translation>回访被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came through {referrer}: a welcome and thanks today.</source>
      <translation>经 {referrer} 介绍而来：今天表示欢迎和感谢。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came through {referrer}: call by {date}.</source>
      <translation>经 {referrer} 介绍而来：请在 {date} 前回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came to {event} on {date}: say thank you.</source>
      <translation>{date} 来参加了{event}：去道谢。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Can get a text message</source>
      <translation>可收短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Change of season</source>
      <translation>换季关怀</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Check the curly brackets: a placeholder is one word inside them, e.g. {example}.</source>
      <translation>请检查花括号：占位符是括号里的一个词，如 {example}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/followups.py" />
      <source>Choose a day after today, at most {n} days ahead.</source>
      <translation>
        <numerusform>请选择今天以后、最多 {n} 天内的日期。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose a holiday greeting or a change-of-season message.</source>
      <translation>请选择节日问候或换季关怀短信。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose a message of the same kind, or none.</source>
      <translation>请选择同类短信，或不选。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Choose how it went out: text or WeChat.</source>
      <translation>请选择发送方式：短信或微信。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose how the date is found.</source>
      <translation>请选择日期的计算方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose how you were in touch: call, text, WeChat or visit.</source>
      <translation>请选择联系方式：电话、短信、微信或上门/到店。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose one of the 24 solar terms.</source>
      <translation>请从二十四节气中选择一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose the clerk from the list.</source>
      <translation>请从列表中选择导购。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose the day of the week.</source>
      <translation>请选择星期几。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Choose the language the message is written in.</source>
      <translation>请选择短信使用的语言。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Choose the reply</source>
      <translation>选择答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Choose what kind of message this is.</source>
      <translation>请选择短信类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose what the contact was about.</source>
      <translation>请选择联系的事由。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose which one: 1st to 4th, or the last.</source>
      <translation>请选择第几个：第 1 到第 4 个，或最后一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Clear and Bright</source>
      <translation>清明</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Clerks {month}</source>
      <translation>导购 {month}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Cold Dew</source>
      <translation>寒露</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Complaint follow-up</source>
      <translation>投诉回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Complaint follow-ups</source>
      <translation>投诉回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Contacts</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Copy as a list</source>
      <translation>复制名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Copy message (Ctrl+Shift+C)</source>
      <translation>复制短信（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Customers</source>
      <translation>顾客数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Customers in charge</source>
      <translation>负责顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Days 15 to 30: ask how it is at home and explain how to care for it.</source>
      <translation>第 15 到 30 天：问问在家使用得怎样，讲解保养方法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Days 5 to 15: check the installation is finished and everything works.</source>
      <translation>第 5 到 15 天：确认安装完成、一切正常。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Delivery checks</source>
      <translation>送货确认</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Done (Ctrl+D)</source>
      <translation>完成（Ctrl+D）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Done: {name}. The contact is on the card.</source>
      <translation>已完成：{name}。联系记录已存入档案。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>End of Heat</source>
      <translation>处暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event called off</source>
      <translation>活动取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event invitation</source>
      <translation>活动邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Event invitations</source>
      <translation>活动邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event reminder</source>
      <translation>活动提醒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Event reminders</source>
      <translation>活动提醒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Events called off</source>
      <translation>活动取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Export SMS file…</source>
      <translation>导出短信文件…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Export the SMS file</source>
      <translation>导出短信文件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Export the clerk statistics</source>
      <translation>导出导购统计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Family day</source>
      <translation>家人纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Family days</source>
      <translation>家人纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Festival</source>
      <translation>节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Festival greeting</source>
      <translation>节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Festival greetings one by one</source>
      <translation>逐一节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Festivals</source>
      <translation>节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Follow-up call</source>
      <translation>回访电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Follow-up rules</source>
      <translation>回访规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Follow-up settings</source>
      <translation>回访设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>For a WeChat broadcast: one line per customer</source>
      <translation>用于微信群发：每位顾客一行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Frost's Descent</source>
      <translation>霜降</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Gift</source>
      <translation>礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Give the message a short title, e.g. Mid-Autumn wishes.</source>
      <translation>给短信起个简短标题，如 中秋祝福。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain Buds</source>
      <translation>小满</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain Rain</source>
      <translation>谷雨</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain in Ear</source>
      <translation>芒种</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Greet customers on this day</source>
      <translation>在这一天问候顾客</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Greet {n} customers in one go</source>
      <translation>
        <numerusform>一次问候 {n} 位顾客</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Greeted</source>
      <translation>问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Greeting</source>
      <translation>问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Greetings to many</source>
      <translation>群发问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Holiday greeting</source>
      <translation>节日问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Installation checks</source>
      <translation>安装确认</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Invite the customer to {event} on {date} at {time}, {place}, and record the reply.</source>
      <translation>邀请顾客参加 {date} {time} 在{place}举办的{event}，并记下答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Its own message</source>
      <translation>专用短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Keeping in touch</source>
      <translation>保持联系</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>Log a contact with {name}</source>
      <translation>记录与 {name} 的联系</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Logging a contact on each card…</source>
      <translation>正在给每位顾客的档案记一次联系…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Lunar date</source>
      <translation>农历日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Cold</source>
      <translation>大寒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Heat</source>
      <translation>大暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Snow</source>
      <translation>大雪</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark as sent</source>
      <translation>标记为已发送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark the batch sent once it has gone out.</source>
      <translation>发出后请把这批问候标记为已发送。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark the {title} sent to {n} customers ({channel})? One contact goes on each card; this cannot be undone.</source>
      <translation>
        <numerusform>将{title}标记为已发送给 {n} 位顾客（{channel}）？每位顾客的档案上都会记一次联系，且无法撤销。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Marked sent: {n} contacts logged.</source>
      <translation>
        <numerusform>已标记为已发送：记录了 {n} 次联系。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Message copied: paste it into WeChat or a text message.</source>
      <translation>短信已复制：粘贴到微信或短信里发送。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Message library</source>
      <translation>短信库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <location filename="../../shopcrm/care/followups.py" />
      <source>Message sent</source>
      <translation>消息已发送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Message text</source>
      <translation>短信内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Cold</source>
      <translation>小寒</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Heat</source>
      <translation>小暑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Snow</source>
      <translation>小雪</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Missed at an event</source>
      <translation>活动未到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Mobile number</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>New festival</source>
      <translation>新节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>New message</source>
      <translation>新短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>No customer found.</source>
      <translation>没有找到顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>No customer found: try the phone's last four digits.</source>
      <translation>没有找到顾客：试试手机尾号后四位。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>No message of this kind in the library yet: the owner adds one in Settings.</source>
      <translation>短信库里还没有这类短信：请店长在设置中添加。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>No mobile number</source>
      <translation>无手机号码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>No purchase since {date}: a “we miss you” note.</source>
      <translation>自 {date} 以来没有购买：发一条“想念您”的问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Nobody in charge</source>
      <translation>无人负责</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Nothing to do here.</source>
      <translation>这里没有待办事项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>On time</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>One of the top spenders of {year} ({amount}): a visit with flowers, up to {budget}.</source>
      <translation>{year} 年消费最高的顾客之一（{amount}）：带鲜花登门拜访，预算不超过 {budget}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Only the clerk in charge of these customers or the owner can send this batch.</source>
      <translation>只有负责这些顾客的导购或店长可以发送这批问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Open card (Enter)</source>
      <translation>打开档案（Enter）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <location filename="../../shopcrm/care/followups.py" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Plan again (F5)</source>
      <translation>重新生成（F5）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Preview for a customer: phone digits, name or pinyin initials</source>
      <translation>用一位顾客预览：手机号、姓名或拼音首字母</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Profile completeness</source>
      <translation>档案完整度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Purchase calls</source>
      <translation>购买回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Rain Water</source>
      <translation>雨水</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Record the reply first: yes, no, maybe or no answer.</source>
      <translation>请先记下答复：会来、不来、可能来或未答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Referral thanks</source>
      <translation>感谢转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Repeat-purchase rate</source>
      <translation>回购率</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Reply recorded: {name}. The contact is on the card.</source>
      <translation>已记下答复：{name}。这次联系已记在档案里。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Said yes to {event} on {date} but did not come: a “we missed you”.</source>
      <translation>答应参加 {date} 的{event}，但没有到场：发一条“想念您”的问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Sales</source>
      <translation>销售笔数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Sales amount</source>
      <translation>销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Satisfaction calls</source>
      <translation>满意度回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Save (Ctrl+S)</source>
      <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Save festival</source>
      <translation>保存节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Save rules</source>
      <translation>保存规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Saved: the follow-ups follow the new rules when planned again.</source>
      <translation>已保存：重新生成回访任务时将按新规则执行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Say why it is skipped, e.g. the customer asked not to be called.</source>
      <translation>请说明跳过的原因，如顾客不希望被打扰。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Sent by</source>
      <translation>发送方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Skip (Ctrl+K)</source>
      <translation>跳过（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Skipped: {name}.</source>
      <translation>已跳过：{name}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snooze (Ctrl+P)</source>
      <translation>推迟（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snooze until</source>
      <translation>推迟到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snoozed: {name}.</source>
      <translation>已推迟：{name}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Solar</source>
      <translation>公历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Solar date</source>
      <translation>公历日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Solar term</source>
      <translation>节气</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Spending has passed {amount}: send a thank-you letter.</source>
      <translation>累计消费已超过 {amount}：发一封感谢信。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Spring Equinox</source>
      <translation>春分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Autumn</source>
      <translation>立秋</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Spring</source>
      <translation>立春</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Summer</source>
      <translation>立夏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Winter</source>
      <translation>立冬</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Summer Solstice</source>
      <translation>夏至</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Tasks count for the clerk in charge, contacts for the clerk who made them; customers and profile completeness are as they stand today.</source>
      <translation>任务计入负责导购，联系记录计入实际联系的导购；负责顾客数和档案完整度按今天的情况统计。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Tasks due</source>
      <translation>应办任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thank-you</source>
      <translation>感谢</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Thank-you letters</source>
      <translation>感谢信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thanks for a referral</source>
      <translation>感谢转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thanks for coming to an event</source>
      <translation>感谢参加活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>That festival was removed; open the list again.</source>
      <translation>该节日已被删除；请重新打开列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>That message was removed; open the library again.</source>
      <translation>该短信已被删除；请重新打开短信库。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>That month has at most {n} days.</source>
      <translation>这个月最多 {n} 天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>That task is gone; refresh the list.</source>
      <translation>该任务已不存在；请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>The day after the sale: check the delivery came on time and nothing was damaged.</source>
      <translation>成交第二天：确认按时送到、没有损坏。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>The first message of its kind</source>
      <translation>同类中的第一条短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>The message sent, or anything to remember</source>
      <translation>发送的短信，或需要记住的事</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>The month is a number from 1 to 12.</source>
      <translation>月份是 1 到 12 之间的数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>There is no such greeting batch (any more).</source>
      <translation>没有这个群发问候（或已不存在）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This batch was already marked sent.</source>
      <translation>这批问候已标记为已发送。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This batch was cancelled: its customers are in another batch now.</source>
      <translation>这批群发已取消：其中的顾客现在在另一批里。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This greeting's day has passed; it is no longer sent.</source>
      <translation>这个问候的日子已经过去，不再发送。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>This month's birthdays</source>
      <translation>本月生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>This task was already dealt with; refresh the list.</source>
      <translation>该任务已经处理过；请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>To {name}: {message}</source>
      <translation>致 {name}：{message}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Type the festival's name.</source>
      <translation>请输入节日名称。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Unknown placeholder {placeholder}: use one of {known}.</source>
      <translation>未知占位符 {placeholder}：请使用以下之一：{known}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>VIP event</source>
      <translation>会员活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Visit</source>
      <translation>上门/到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Visits to top customers</source>
      <translation>拜访重点顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Voucher running out</source>
      <translation>优惠券快到期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Voucher {code} ({worth}) runs out on {date}: remind the customer.</source>
      <translation>优惠券 {code}（{worth}）{date} 到期：提醒顾客来用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Vouchers running out</source>
      <translation>优惠券快到期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>We miss you</source>
      <translation>想念您</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Weekday of a month</source>
      <translation>某月第几个星期几</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Welcome a referred friend</source>
      <translation>欢迎被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Welcome for a referred friend</source>
      <translation>欢迎被介绍的新朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>What the customer said, or why it is skipped</source>
      <translation>顾客说了什么，或跳过的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>What they will read (the first few):</source>
      <translation>顾客将收到的内容（前几条）：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>What to do</source>
      <translation>要做的事</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Which</source>
      <translation>第几个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>White Dew</source>
      <translation>白露</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Winter Solstice</source>
      <translation>冬至</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Write the message.</source>
      <translation>请填写短信内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Write what came of it: the next clerk reads it on the card.</source>
      <translation>请写下联系结果：下一位导购会在顾客档案里看到。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Write what the customer said: the next clerk reads it on the card.</source>
      <translation>请写下顾客说的话：下一位导购会在顾客档案里看到。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Writing the text messages…</source>
      <translation>正在写入短信…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Written in</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>clerks-{month}.xlsx</source>
      <translation>导购统计-{month}.xlsx</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>e.g. the coat fits well; wants a matching scarf</source>
      <translation>如：大衣很合身；想配一条围巾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>how to address the customer, e.g. Ms Zhang</source>
      <translation>称呼，如 张女士</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>last</source>
      <translation>最后一个</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>lunar {month}/{day}</source>
      <translation>农历 {month}月{day}日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>something</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the clerk sending it</source>
      <translation>发送的导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's VIP tier</source>
      <translation>顾客的会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's full name</source>
      <translation>顾客的全名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's points balance</source>
      <translation>顾客的积分余额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the day it is about</source>
      <translation>相关的日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the event's title (event messages)</source>
      <translation>活动名称（活动短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the family occasion (family day messages)</source>
      <translation>家人纪念日（家人纪念日短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the festival (holiday and season messages)</source>
      <translation>节日名称（节日和换季短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the shop's name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the time the event starts (event messages)</source>
      <translation>活动开始时间（活动短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>what the customer bought (after-purchase and complaint messages)</source>
      <translation>顾客买的商品（购买后和投诉回访短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>what the customer's voucher is worth (voucher messages)</source>
      <translation>顾客的优惠券面值（优惠券消息）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>where the event is held (event messages)</source>
      <translation>活动地点（活动短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>who brought whom (referral messages)</source>
      <translation>介绍人与被介绍人（转介绍短信）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{action} (sale of {date}, {amount})</source>
      <translation>{action}（{date} 成交，{amount}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} is on {date} at {time}, {place}: remind the customer.</source>
      <translation>{event}将于 {date} {time} 在{place}举行：提醒顾客一下。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} moved to {date} at {time}, {place}: tell the customer and record the reply again.</source>
      <translation>{event}改到{date} {time}，地点{place}：告诉顾客，并重新记下答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} on {date} is called off: tell the customer, with an apology.</source>
      <translation>{date} 的{event}取消了：告诉顾客，并表示歉意。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>{festival} greeting</source>
      <translation>{festival}问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{festival} on {date}: a greeting of their own, not in the batch.</source>
      <translation>{date} {festival}：单独问候，不在群发里。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>{nth} {weekday} of month {month}</source>
      <translation>{month} 月{nth}{weekday}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} birthdays</source>
      <translation>
        <numerusform>{n} 位生日</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/followups.py" />
      <source>{n} birthdays in {month}: go through the list and plan the greetings.</source>
      <translation>
        <numerusform>{month} 有 {n} 位顾客过生日：看一遍名单，安排祝福。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/batches.py" />
      <source>{n} customers have no mobile number: greet them another way.</source>
      <translation>
        <numerusform>{n} 位顾客没有手机号码：请用其他方式问候。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>{n} greetings copied: paste them into a WeChat broadcast.</source>
      <translation>
        <numerusform>已复制 {n} 条问候：请粘贴到微信群发。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/batches.py" />
      <source>{n} text messages written to {path}.</source>
      <translation>
        <numerusform>已将 {n} 条短信写入 {path}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} to do, {late} overdue</source>
      <translation>待办 {n} 项，逾期 {late} 项</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} to do, {late} overdue; {waiting} more wait for the next days</source>
      <translation>
        <numerusform>待办 {n} 项，逾期 {late} 项；另有 {waiting} 项排到之后几天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{occasion} on {date}.</source>
      <translation>{date}：{occasion}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>{placeholder} cannot be filled in a message of this kind: take it out.</source>
      <translation>这类短信无法填入 {placeholder}：请删掉它。</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>--customers must be from 1 to {most}.</source>
      <translation>--customers 须在 1 到 {most} 之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>--item “{text}”: {problem}</source>
      <translation>--item “{text}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>A new shop needs its owner: give --owner NAME and --password-file FILE.</source>
      <translation>新店需要店主：请给出 --owner 姓名 和 --password-file 文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Also look at (imported with a warning, totals left out, repeated rows):</source>
      <translation>另请查看（带提醒导入的行、未导入的合计行、重复的行）：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Backup written: {path}</source>
      <translation>备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Broken link in {table}, row {row}.</source>
      <translation>{table} 表第 {row} 行的关联已损坏。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Brought</source>
      <translation>嘉宾带来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Came</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Cannot read the password file {path}: {reason}</source>
      <translation>无法读取密码文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Cannot read the recovery code file {path}: {reason}</source>
      <translation>无法读取恢复码文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Checked {customers} customers and {purchases} sales: {result}.</source>
      <translation>已检查 {customers} 位顾客和 {purchases} 笔销售：{result}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Choose the owner's password: </source>
      <translation>请设定店主密码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Coming events</source>
      <translation>即将举办的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Created a new shop in {path}.</source>
      <translation>已在 {path} 建立新店铺。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>Customer care for a small shop. No command opens the window.</source>
      <translation>小店顾客关系管理。不带命令时打开窗口。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Demo shop ready in {path}: {customers} customers, {purchases} sales.</source>
      <translation>演示店铺已生成：{path}，{customers} 位顾客，{purchases} 笔销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Dry run: nothing was written.</source>
      <translation>试运行：没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Follow-ups for {date}: {n}</source>
      <translation>{date} 的回访任务：{n} 项</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Greetings to many</source>
      <translation>群发问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Invited</source>
      <translation>已邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Loyalty brought up to date: {points} points lapsed, {moves} tier changes, {statuses} status changes.</source>
      <translation>会员数据已更新：{points} 积分过期，{moves} 次等级变动，{statuses} 次状态变动。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>Marked sent: {n} contacts logged.</source>
      <translation>
        <numerusform>已标记为已发送：记录了 {n} 次联系。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Name it with --sheet NAME.</source>
      <translation>请用 --sheet 名称 指定工作表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>No clerk is called {name}; the clerks are: {names}.</source>
      <translation>没有叫 {name} 的导购；现有导购：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>No customer has the number or phone {text}.</source>
      <translation>没有编号或手机号为 {text} 的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>No events yet: the owner plans them on the Events page.</source>
      <translation>还没有活动：由店主在“会员活动”页安排。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>No-shows</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Not imported:</source>
      <translation>未导入：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Owner's name: </source>
      <translation>店主姓名：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Owner's password: </source>
      <translation>店主密码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Past events</source>
      <translation>已举办的活动</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Recomputed the figures of {n} customers.</source>
      <translation>
        <numerusform>已重新计算 {n} 位顾客的汇总数字。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Recovery code (written down at setup): </source>
      <translation>恢复码（设置时抄下的）：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Rejected rows and notes written to {path}</source>
      <translation>未导入的行和说明已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Restored {file} into {path}.</source>
      <translation>已将 {file} 恢复到 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>Sale {id} recorded for {name} ({number}), paid by {payment}.</source>
      <translation>已为 {name}（{number}）记录销售 {id}，付款方式：{payment}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Sale {id}: {detail}</source>
      <translation>销售 {id}：{detail}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Say where to write the SMS file: shopcrm batch export ID OUT.csv</source>
      <translation>请指定短信文件的位置：shopcrm batch export 编号 OUT.csv</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Sign in as {owner} with the password {password}, or as a clerk with a PIN:</source>
      <translation>以 {owner} 的身份用密码 {password} 登录，或以店员身份用各自的 PIN 登录：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The backup is protected. Owner's password or recovery code: </source>
      <translation>该备份已加密保护。店主密码或恢复码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The customer count is kept as {stored}, but there are {counted}.</source>
      <translation>记录的顾客人数为 {stored}，实际有 {counted} 位。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The database as it was before is kept in {path}.</source>
      <translation>恢复前的数据库保存在 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The owner's recovery code (write it down and keep it away from this PC; it resets a forgotten password): {code}</source>
      <translation>店主的恢复码（请抄在纸上，不要和这台电脑放在一起；忘记密码时用它重设）：{code}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The owner's recovery code: {code}</source>
      <translation>店主的恢复码：{code}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The password again: </source>
      <translation>再输一次密码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The shop is protected. Owner's password or recovery code: </source>
      <translation>本店数据已加密保护。店主密码或恢复码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The two passwords differ; nothing was created.</source>
      <translation>两次输入的密码不一致；什么都没有建立。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This needs the owner's password: type it when asked, or give --password-file FILE.</source>
      <translation>这需要店主密码：请在提示时输入，或用 --password-file 文件 给出。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This needs the recovery code written down at setup: type it when asked, or give --recovery-code-file FILE.</source>
      <translation>这需要设置时抄下的恢复码：在提示时输入，或用 --recovery-code-file FILE 给出。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This shop has no owner yet: start the window once to set her up.</source>
      <translation>这家店还没有店主：请先打开一次程序窗口设定店主。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Walk-ins</source>
      <translation>未受邀到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Wrote the import template {path}.</source>
      <translation>已写入导入模板 {path}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Wrote {path} ({n} customers).</source>
      <translation>
        <numerusform>已写入 {path}（{n} 位顾客）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Yes</source>
      <translation>已答应</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>a phone already known: skip the row, fill empty fields, or overwrite</source>
      <translation>手机号已存在时：跳过该行、只补空白字段或覆盖</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>all good</source>
      <translation>一切正常</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>an extra discount</source>
      <translation>额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>check the file, write nothing</source>
      <translation>只检查文件，不写入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>copy the database now</source>
      <translation>立即备份数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>database file (default: $SHOPCRM_DB, else the data folder)</source>
      <translation>数据库文件（默认：$SHOPCRM_DB，否则为数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>default: 1 January</source>
      <translation>默认：1 月 1 日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>encrypt the database and its backups with the owner's password</source>
      <translation>用店主密码加密数据库及其备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>expire points, review tiers and lifecycle statuses as of today</source>
      <translation>按今天的日期清理过期积分、复核会员等级和客户状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>file or folder</source>
      <translation>文件或文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>fill an empty database with a living demo shop</source>
      <translation>在空数据库中生成一家演示店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>how the batch went out (for sent)</source>
      <translation>发送方式（用于 sent）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>how the customer paid</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>import customer profiles from .xlsx or .csv</source>
      <translation>从 .xlsx 或 .csv 导入顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>list the coming and past VIP events with their figures</source>
      <translation>列出即将举办和已举办的会员活动及其数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>no clerk</source>
      <translation>无导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>one item, e.g. “399” or “199*2 scarf”; repeat for each item</source>
      <translation>一件商品，例如“399”或“199*2 围巾”；每件重复一次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>only this clerk's follow-ups</source>
      <translation>只列出这位导购的任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>points spent on it</source>
      <translation>这笔使用的积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the counts as JSON</source>
      <translation>以 JSON 输出统计数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the day's follow-ups, after planning them</source>
      <translation>生成并打印当天的回访任务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the events as JSON</source>
      <translation>以 JSON 格式输出活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the list as JSON</source>
      <translation>以 JSON 格式输出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the report as JSON</source>
      <translation>以 JSON 输出报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>read the owner's password from the first line of FILE (for scripts)</source>
      <translation>从文件第一行读取店主密码（供脚本使用）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>read the recovery code written down at setup from FILE (for scripts)</source>
      <translation>从 FILE 读取设置时抄下的恢复码（供脚本使用）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>recompute derived figures that disagree with the sales</source>
      <translation>重新计算与销售记录不符的汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>record a sale to a customer</source>
      <translation>为顾客记录一笔销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>replace DEST even if it is not a backup</source>
      <translation>即使 DEST 不是备份也替换它</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>replace the database with a verified backup</source>
      <translation>用经过校验的备份替换数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>row {row}, {column} “{value}”: {reason}</source>
      <translation>第 {row} 行，{column}“{value}”：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>take the protection off: the database becomes a plain file again</source>
      <translation>取消保护：数据库重新成为未加密的文件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the SMS file</source>
      <translation>短信文件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the batch's number in `tasks`</source>
      <translation>`tasks` 中列出的批次编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the customer's number or phone</source>
      <translation>顾客编号或手机号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the month of the VIP list (default: this month)</source>
      <translation>VIP名单的月份（默认：本月）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the owner's name, when the import creates the shop</source>
      <translation>导入时新建店铺的店主姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the sheet holding the customers</source>
      <translation>顾客数据所在的工作表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>unexpected error; details were written to {path}</source>
      <translation>发生意外错误；详细信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>verify the file and every derived figure</source>
      <translation>校验文件及所有汇总数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>what the shop holds in stored value, by month, and the month's gifts</source>
      <translation>店里替顾客保管的储值（按月）和本月礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>who sold it (default: the customer's clerk)</source>
      <translation>销售导购（默认为顾客的专属导购）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write a greeting batch's SMS file, or mark the batch sent</source>
      <translation>导出群发问候的短信文件，或标记为已发送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write profiles, a template or the VIP list</source>
      <translation>导出顾客档案、导入模板或VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write the rejected rows here</source>
      <translation>把未导入的行写到这里</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
      <translation>新增 {added}，更新 {updated}，跳过 {skipped}，拒绝 {rejected}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/wallet.py" />
      <source>{month}: {paid} paid in, {bonus} bonus, {spent} spent, {refunded} refunded</source>
      <translation>{month}：充值 {paid}，赠送 {bonus}，消费 {spent}，退款 {refunded}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>{name} is now {tier}.</source>
      <translation>{name} 现在是 {tier}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>{number}: {column} is {stored}, the sales say {expected}.</source>
      <translation>{number}：{column} 记录为 {stored}，按销售记录应为 {expected}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} customers, {sms} by text message</source>
      <translation>
        <numerusform>{n} 位顾客，其中 {sms} 位可发短信</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/events.py" />
      <source>{n} days: sold / expected</source>
      <translation>
        <numerusform>{n} 天：实际销售 / 预期</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} more follow-ups wait for the next days (the daily load is full).</source>
      <translation>
        <numerusform>另有 {n} 项回访排到之后几天（今天的量已满）。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>{n} problems</source>
      <translation>
        <numerusform>{n} 个问题</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} visitors who never bought were forgotten, as the shop's settings say.</source>
      <translation>
        <numerusform>按店铺设置，已删除 {n} 位从未购买的访客。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>{path} is protected: give the owner's password or the recovery code when asked, or with --password-file FILE.</source>
      <translation>{path} 已加密保护：在提示时输入店主密码或恢复码，或用 --password-file FILE 给出。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>{text}: choose a day from {first} to {last}.</source>
      <translation>{text}：请选 {first} 到 {last} 之间的日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-08.</source>
      <translation>“{text}”不是日期；请写成 YYYY-MM-DD，例如 2026-03-08。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>… and {n} more (see --rejects).</source>
      <translation>……还有 {n} 行（见 --rejects 文件）。</translation>
    </message>
  </context>
  <context>
    <name>complaints</name>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(choose a customer)</source>
      <translation>（请选择顾客）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(not about one purchase)</source>
      <translation>（不涉及某笔购买）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>A repeat complaint comes from a customer who had complained about the same kind of thing before; a second chance is a complaint reopened because the first answer did not satisfy the customer. Fix the causes at the top first.</source>
      <translation>重复投诉：同一位顾客以前投诉过同类问题；重新处理：第一次的答复没让顾客满意而重新打开的投诉。请先解决排在最前面的原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>A serious complaint from a {tier} customer: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>这是{tier}顾客的严重投诉：请在常规补偿之外再表示心意，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>A serious complaint: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>这是严重投诉：请在常规补偿之外再表示心意，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All clerks</source>
      <translation>全部导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>All complaints</source>
      <translation>全部投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Amount (¥)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Analyse</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Apologise</source>
      <translation>道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Apologise sincerely for the trouble, whoever is at fault: the apology is for what the customer went through, not an admission of blame.</source>
      <translation>无论是谁的责任，都要为给顾客带来的麻烦真诚道歉：道歉是为顾客经历的不便，不等于承认过错。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Apologise to the customer, then tick this box.</source>
      <translation>向顾客道歉后，勾选此项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Apology made</source>
      <translation>已道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>As you repeated it back and the customer agreed</source>
      <translation>你复述给顾客听、顾客也认可的说法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Ask whether the customer is satisfied and choose the answer.</source>
      <translation>询问顾客是否满意，并选择顾客的回答。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Ask whether the customer is satisfied. If not, make your final offer on the spot. Always say thank you: a complaint helps the shop improve.</source>
      <translation>问顾客是否满意。如果不满意，当场提出最终方案。一定要表示感谢：顾客的投诉帮助本店改进。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>At the counter</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Average days to close</source>
      <translation>平均结案天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Awaiting follow-up</source>
      <translation>待回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>By category</source>
      <translation>按类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>By cause</source>
      <translation>按原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Call the customer back on the day set to check that the remedy held. Record what was said and close the complaint, or reopen it for a second chance.</source>
      <translation>在约定的日子回访顾客，确认问题已经解决。记下顾客的反馈后结案，或重新处理再给一次机会。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Carried out by</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Choose a category, or all categories.</source>
      <translation>请选择类别，或全部类别。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose how serious it is: 1 minor, 2 moderate, 3 serious.</source>
      <translation>请选择严重程度：1 轻微，2 一般，3 严重。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose how the complaint came in.</source>
      <translation>请选择投诉渠道。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose one of the customer's own purchases, or none.</source>
      <translation>请从顾客的购买记录中选择，或选“无”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the cause, or 'Not known yet'.</source>
      <translation>请选择原因，或选“尚不清楚”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the compensation, or 'None' and say why.</source>
      <translation>请选择补偿方式，或选“无”并说明原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the customer's answer to the final offer.</source>
      <translation>请选择顾客对最终方案的回答。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the customer: find them by phone or name, or add a new one.</source>
      <translation>请选择顾客：按电话或姓名查找，或新增顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the day it will be done by.</source>
      <translation>请选择完成日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the solution you offered.</source>
      <translation>请选择你提出的解决办法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Choose the step the reply is for.</source>
      <translation>请选择这条话术用于哪一步。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose today or a later day for the call.</source>
      <translation>请选择今天或以后的日期回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose what the complaint is about.</source>
      <translation>请选择投诉类别。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose who is handling this step.</source>
      <translation>请选择这一步的经办人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose who will carry it out.</source>
      <translation>请选择由谁来完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Close complaint</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Closed on {date}. Reopen it if the customer needs a second chance.</source>
      <translation>已于 {date} 结案。如顾客需要再给一次机会，可重新处理。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Compensate</source>
      <translation>补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Compensation</source>
      <translation>补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Complaint handling settings</source>
      <translation>投诉处理设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Complaint · {name}</source>
      <translation>投诉 · {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints report</source>
      <translation>投诉报告</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints report · {period}</source>
      <translation>投诉报告 · {period}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Declined</source>
      <translation>未接受</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Delete reply</source>
      <translation>删除话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Delivery</source>
      <translation>送货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Delivery partner</source>
      <translation>物流/送货方</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Describe the solution you offered.</source>
      <translation>请描述你提出的解决办法。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Details of the solution</source>
      <translation>解决办法的细节</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Discard what you typed?</source>
      <translation>放弃输入的内容？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Done by (date)</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Every reply in the library is replaced by our defaults; your own are lost.</source>
      <translation>话术库中的所有话术都会被默认话术替换；您自己添加的会丢失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Explain</source>
      <translation>解释</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Final offer made</source>
      <translation>最终方案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Find customer</source>
      <translation>查找顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Find out what really caused it. Say the customer's concern back in your own words until the customer agrees that is what is meant.</source>
      <translation>找出真正的原因。用自己的话复述顾客的问题，直到顾客确认就是这个意思。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Find the customer: phone, name or pinyin initials</source>
      <translation>查找顾客：电话、姓名或拼音首字母</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Finish step {n} first: no step is skipped.</source>
      <translation>请先完成第 {n} 步：每一步都不能跳过。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Follow-up call on</source>
      <translation>回访日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Follow-up needed?</source>
      <translation>需要回访吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Gift for the trouble</source>
      <translation>致歉小礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Give the reply a short title the clerk will recognise.</source>
      <translation>给话术起个导购一看就懂的简短标题。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Handled by</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How it came in</source>
      <translation>投诉渠道</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How serious</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How the customer used it</source>
      <translation>顾客使用方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>I apologised sincerely for the trouble</source>
      <translation>我已为带来的麻烦真诚道歉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>I thanked the customer: the complaint helps us improve</source>
      <translation>我已感谢顾客：这次投诉帮助我们改进</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>If money is involved, e.g. 120</source>
      <translation>涉及金额时填写，如 120</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>If the customer is not fully satisfied: what you offered on the spot</source>
      <translation>如果顾客不完全满意：你当场提出的方案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>In the customer's wallet: voucher {code}, {worth}. Tell the customer the code; the Wallet tab of the card shows it too.</source>
      <translation>已放入顾客的钱包：优惠券 {code}，{worth}。请把券号告诉顾客；顾客档案的“钱包”页也能看到。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Insert standard reply</source>
      <translation>插入标准话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Installation</source>
      <translation>安装</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Is the customer satisfied?</source>
      <translation>顾客满意吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>It cannot be due before the complaint was made; choose a later day.</source>
      <translation>完成日期不能早于投诉日期；请选择更晚的日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Item concerned</source>
      <translation>涉及商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Lessons for the shop</source>
      <translation>给本店的教训</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Let the customer say everything without interrupting. Write down the exact words and each point raised; do not argue or explain yet.</source>
      <translation>让顾客把话说完，不要打断。记下顾客的原话和提出的每一点；先不要争辩或解释。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>List the points the customer raised, one per line.</source>
      <translation>请列出顾客提出的问题，每行一条。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Listen</source>
      <translation>倾听</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Minor (1)</source>
      <translation>轻微（1）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Moderate (2)</source>
      <translation>一般（2）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>New complaint</source>
      <translation>新投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>New complaint…</source>
      <translation>新投诉…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>New customer…</source>
      <translation>新顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>New reply</source>
      <translation>新话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>No step is recorded yet.</source>
      <translation>还没有记录任何步骤。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>No, close without a call</source>
      <translation>不需要，直接结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not analysed yet</source>
      <translation>尚未分析</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not chosen yet</source>
      <translation>尚未选择</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Not closed</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not known yet</source>
      <translation>尚不清楚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Not saved: step {n} has fields marked in red.</source>
      <translation>未保存：第 {n} 步有标红的栏目。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Note the customer's mood and how you calmed things down.</source>
      <translation>请记下顾客的情绪以及你如何安抚。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Offer something of added value for the trouble: a small gift, a voucher, points or a discount. Points go into the customer's points account.</source>
      <translation>为给顾客添的麻烦给予额外补偿：小礼品、代金券、积分或折扣。积分直接记入顾客的积分账户。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>On-site service</source>
      <translation>上门服务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>One point per line</source>
      <translation>每行一条</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Open in the wizard</source>
      <translation>在向导中打开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Opened</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Our default replies are back.</source>
      <translation>已恢复默认话术。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Our product</source>
      <translation>我们的产品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Our service</source>
      <translation>我们的服务</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Overdue only</source>
      <translation>只看逾期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Overdue: it was due on {date}.</source>
      <translation>已逾期：应于 {date} 完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Partly satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points given</source>
      <translation>赠送积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points the customer raised</source>
      <translation>顾客提出的问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Points to credit, e.g. 200</source>
      <translation>赠送积分，如 200</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Prevention: what we change</source>
      <translation>预防：我们要改进什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Propose a fair solution: action, not words. Repair, exchange, refund or on-site service; agree who does it and by when.</source>
      <translation>提出公平的解决办法：要行动，不要空话。维修、换货、退款或上门服务；约定由谁在什么时候完成。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Quality</source>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Record the customer's answer at step 8 first; a second chance follows it.</source>
      <translation>请先在第 8 步记下顾客的回答；之后才能再给一次机会。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Register</source>
      <translation>投诉登记</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Reopen for a second chance</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Reopened</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Reopened because</source>
      <translation>重新处理的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Repeat complaints</source>
      <translation>重复投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Reply deleted.</source>
      <translation>话术已删除。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Reply saved.</source>
      <translation>话术已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Report by category and cause</source>
      <translation>按类别和原因统计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Resolve</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Respond with real feeling and help the customer calm down. Note the mood and what you said or did that helped.</source>
      <translation>真诚地回应顾客的感受，帮对方平静下来。记下顾客的情绪，以及哪些话或做法起了作用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Restate the customer's concern in your own words, as you said it back.</source>
      <translation>请用你自己的话复述顾客的问题，就像你当面复述的那样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Restore our default replies?</source>
      <translation>恢复默认话术？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Restore our defaults…</source>
      <translation>恢复默认话术…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Resume</source>
      <translation>继续处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Save and close</source>
      <translation>保存并关闭</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Save lessons</source>
      <translation>保存教训</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Save reply</source>
      <translation>保存话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Say why no follow-up call is needed.</source>
      <translation>请说明为什么不需要回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Say why there is no compensation.</source>
      <translation>请说明为什么不给补偿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Second chance {n}</source>
      <translation>第 {n} 次重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Second chances</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Serious (3)</source>
      <translation>严重（3）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Service attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Shorten the title to {n} characters.</source>
      <translation>
        <numerusform>标题请缩短到 {n} 个字以内。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Size or fit</source>
      <translation>尺码/合身</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Small gift</source>
      <translation>小礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>So that it does not happen again</source>
      <translation>防止再次发生</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Solution offered</source>
      <translation>解决办法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Some of what you typed is not saved. Save it to resume later, or discard it?</source>
      <translation>有些输入还没有保存。保存以便稍后继续，还是放弃？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Standard replies and follow-up…</source>
      <translation>标准话术和回访设置…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Standard replies let every clerk say the same good thing at each step. A reply for all categories shows on every complaint.</source>
      <translation>标准话术让每位导购在每一步都说同样得体的话。适用于全部类别的话术会出现在每条投诉中。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Standard reply</source>
      <translation>标准话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Start with step 1: listen to the customer.</source>
      <translation>请从第 1 步开始：倾听顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Step reached</source>
      <translation>进行到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Step {n} of 9: {name}</source>
      <translation>第 {n} 步（共 9 步）：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Talk</source>
      <translation>交谈</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Tell the customer what will happen next and show that you sincerely want to solve it. Write down what you explained.</source>
      <translation>告诉顾客接下来会怎么处理，表现出真心想解决问题的诚意。记下你解释的内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Thank the customer for telling us, then tick this box.</source>
      <translation>感谢顾客告诉我们后，勾选此项。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Thanked the customer</source>
      <translation>已致谢</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>That complaint no longer exists; refresh the register.</source>
      <translation>该投诉已不存在；请刷新投诉登记表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>That reply was removed meanwhile; add it again.</source>
      <translation>这条话术已被删除；请重新添加。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>The compensation was already given and cannot change now; note any further gesture below.</source>
      <translation>补偿已经给出，不能再修改；如有额外表示，请在下面注明。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>The customer is not fully satisfied: write down the final offer you made on the spot.</source>
      <translation>顾客不完全满意：请记下你当场提出的最终方案。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>The customer's answer</source>
      <translation>顾客的回答</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>The customer's concern, in your words</source>
      <translation>用你的话复述顾客的问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>The customer's mood, and how it was calmed</source>
      <translation>顾客的情绪，以及如何安抚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>The customer's own words</source>
      <translation>顾客的原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>The last 3 months</source>
      <translation>最近 3 个月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>This complaint is closed; reopen it to change it.</source>
      <translation>该投诉已结案；如需修改，请重新处理。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>This is a {tier} customer: add a gesture of goodwill to keep their trust, such as a gift or a voucher.</source>
      <translation>这是一位{tier}顾客：请表示心意以留住顾客的信任，如礼品或代金券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>To call the customer another day, set the day and press Save and close.</source>
      <translation>如要改天回访顾客，请设定日期后点“保存并关闭”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type its value in yuan, e.g. 50.</source>
      <translation>请输入价值（元），如 50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the amount in yuan, e.g. 120 or 99.50.</source>
      <translation>请输入金额（元），如 120 或 99.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the amount to refund.</source>
      <translation>请输入退款金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the date as YYYY-MM-DD, e.g. 2025-03-18.</source>
      <translation>日期请写成 年-月-日，如 2025-03-18。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the points to give as a whole number, e.g. 200.</source>
      <translation>请输入赠送的积分（整数），如 200。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Type what the clerk should say.</source>
      <translation>请输入导购应该说的话。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Value</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Value in yuan, e.g. 50</source>
      <translation>价值（元），如 50</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Voucher</source>
      <translation>代金券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>What it is about</source>
      <translation>投诉类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>What the clerk says</source>
      <translation>导购话术</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What the customer said on the call</source>
      <translation>回访时顾客说的话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What the customer said, word for word</source>
      <translation>顾客的原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What you explained to the customer</source>
      <translation>你向顾客解释的内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What you said to the customer</source>
      <translation>你对顾客说的话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Why it happened, as far as we know</source>
      <translation>据我们所知的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Why no follow-up</source>
      <translation>不回访的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Why none</source>
      <translation>不补偿的原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what the customer said on the follow-up call, or say why no call is needed.</source>
      <translation>请记下回访时顾客说的话，或说明为什么不需要回访。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what the customer said, word for word.</source>
      <translation>请逐字记下顾客的原话。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what you explained to the customer.</source>
      <translation>请记下你向顾客解释的内容。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down why a second chance is needed.</source>
      <translation>请写明为什么需要再处理一次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>draft, not finished</source>
      <translation>草稿，未完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>due {date}</source>
      <translation>{date} 到期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>opened {date}</source>
      <translation>登记于 {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>{field}: {message}</source>
      <translation>{field}：{message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>{n} complaints, {late} overdue</source>
      <translation>
        <numerusform>{n} 条投诉，{late} 条逾期</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>{n}/9 · {name}</source>
      <translation>{n}/9 · {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>{staff}, {when}</source>
      <translation>{staff}，{when}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>{step} · {category} · {title}</source>
      <translation>{step} · {category} · {title}</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Leave out the 0: each amount in the list is above ¥0.</source>
      <translation>去掉 0：列表里每个金额都要大于 ¥0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>No discount</source>
      <translation>不打折</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount is too large: at most {most}.</source>
      <translation>金额太大：最多 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount must be a number.</source>
      <translation>金额必须是数字。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/core/text.py" />
      <source>Too long: at most {n} characters.</source>
      <translation>
        <numerusform>太长了：最多 {n} 个字。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a number from {low} to {high}.</source>
      <translation>请填 {low} 到 {high} 之间的数。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a number with at most {n} decimals, e.g. 12.5.</source>
      <translation>
        <numerusform>请填数字，最多 {n} 位小数，例如 12.5。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a whole number, e.g. 1.</source>
      <translation>请填整数，例如 1。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type an amount, e.g. 399 or 1299.50.</source>
      <translation>请填金额，例如 399 或 1299.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type the amount to the fen: two decimals at most.</source>
      <translation>金额精确到分：最多两位小数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>{off}% off (pays {paid:%})</source>
      <translation>优惠 {off}% = {paid:折}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is not a discount: type the percentage off, e.g. 5, or the 折, e.g. 95折 or 九五折.</source>
      <translation>“{text}”不是有效的优惠，请填优惠百分比（如 5）或折数（如 95折、九五折）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>“{text}” is not an amount; type it as e.g. 399 or 1299.50.</source>
      <translation>“{text}”不是金额；请填例如 399 或 1299.50。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is out of range: a discount takes from 0 to 100% off, e.g. 5 for 5% off.</source>
      <translation>“{text}”超出范围，优惠百分比须在 0 到 100 之间，如 5 表示优惠 5%。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is out of range: a 折 is more than 0折 and less than 10折, e.g. 9.5折 or 95折 (5% off).</source>
      <translation>“{text}”超出范围，折数须大于 0折、小于 10折，如 9.5折 或 95折（优惠 5%）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is not a phone number: type digits only.</source>
      <translation>“{value}”不是电话号码：请只输入数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is not a valid phone number: check the digits.</source>
      <translation>“{value}”不是有效的电话号码：请核对数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</source>
      <translation>“{value}”位数不够：手机号是 11 位，座机需要加区号（如 010-12345678）。</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>(of which bonus {bonus})</source>
      <translation>（其中赠送 {bonus}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>A birthday cannot be in the future.</source>
      <translation>生日不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>A customer cannot refer themselves.</source>
      <translation>顾客不能推荐自己。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>A name has at most 50 characters.</source>
      <translation>姓名最多 50 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>About</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About her</source>
      <translation>了解她</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About him</source>
      <translation>了解他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About the customer</source>
      <translation>了解顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Accepts promotional messages</source>
      <translation>愿意接收促销信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Add (¥, minus to take off)</source>
      <translation>增加（元，减少请加负号）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Add contact…</source>
      <translation>添加联系记录…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All clerks</source>
      <translation>全部导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>All; or some, with commas</source>
      <translation>全部；或写几个品类，用逗号隔开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</source>
      <translation>已登记：{name}（{number}）。&lt;a href='open'&gt;打开她的档案&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open his card&lt;/a&gt;</source>
      <translation>已登记：{name}（{number}）。&lt;a href='open'&gt;打开他的档案&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open the card&lt;/a&gt;</source>
      <translation>已登记：{name}（{number}）。&lt;a href='open'&gt;打开档案&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Amount off (¥)</source>
      <translation>减免金额（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Anniversary</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Any event</source>
      <translation>任何活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Approximate birth year</source>
      <translation>大约出生年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask her which events she would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit her: the owner invites those who would like to come.</source>
      <translation>问问她喜欢哪些活动（新品品鉴会、外出活动、讲座、生日会），哪些日子和时段方便：店主会邀请愿意来的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask him which events he would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit him: the owner invites those who would like to come.</source>
      <translation>问问他喜欢哪些活动（新品品鉴会、外出活动、讲座、生日会），哪些日子和时段方便：店主会邀请愿意来的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask the customer which events they would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit them: the owner invites those who would like to come.</source>
      <translation>问问顾客喜欢哪些活动（新品品鉴会、外出活动、讲座、生日会），哪些日子和时段方便：店主会邀请愿意来的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked on the Events tab</source>
      <translation>在“活动”页签中询问</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events he likes: change it on the Events tab.</source>
      <translation>和他喜欢的活动一起询问：请在“活动”页签中修改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events she likes: change it on the Events tab.</source>
      <translation>和她喜欢的活动一起询问：请在“活动”页签中修改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events the customer likes: change it on the Events tab.</source>
      <translation>和顾客喜欢的活动一起询问：请在“活动”页签中修改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Balance {balance}</source>
      <translation>储值余额 {balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Best days and times for events</source>
      <translation>方便参加活动的时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Bonus {bonus}: the balance becomes {after}.</source>
      <translation>赠送 {bonus}：充值后余额 {after}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Bottom size</source>
      <translation>下装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Calendar</source>
      <translation>历法</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Came</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel gift</source>
      <translation>取消礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel gift…</source>
      <translation>取消礼品…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel voucher</source>
      <translation>作废优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel voucher…</source>
      <translation>作废优惠券…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Cannot undo: {reason}</source>
      <translation>无法撤销：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Categories</source>
      <translation>适用品类</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Check the year: it is before 1900.</source>
      <translation>请检查年份：早于 1900 年。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Child starts school</source>
      <translation>孩子入学</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Choose a customer to restore.</source>
      <translation>请选择要恢复的顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Choose a merge to undo.</source>
      <translation>请选择要撤销的合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>Choose one of the listed values.</source>
      <translation>请从列表中选择。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Choose the sale that comes back.</source>
      <translation>请选择要退货的那笔销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>Choose two different customers to merge.</source>
      <translation>请选择两位不同的顾客进行合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>Choose what kind of date this is.</source>
      <translation>请选择日期的类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Clerk in charge</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click her number at the top to show it</source>
      <translation>点击上方她的号码即可显示</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click his number at the top to show it</source>
      <translation>点击上方他的号码即可显示</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click the number at the top to show it</source>
      <translation>点击上方的号码即可显示</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Click to copy the number</source>
      <translation>点击复制号码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Click to show and copy the number (the owner sees who did)</source>
      <translation>点击显示并复制号码（店主能看到是谁查看的）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Code</source>
      <translation>券号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Company anniversary</source>
      <translation>公司纪念日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Contacts</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Correct the balance</source>
      <translation>更正储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Cost (¥)</source>
      <translation>成本（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Customer data</source>
      <translation>顾客资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Customer value</source>
      <translation>顾客价值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Deleted</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Deleted customers</source>
      <translation>已删除的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>Delivery address and room are recorded with each sale.</source>
      <translation>送货地址和摆放房间随每笔销售记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Dormant</source>
      <translation>休眠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Employer</source>
      <translation>工作单位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, likes, key dates, notes, and the customer's words in contacts and complaints. The sales and points stay as figures under the customer number. This cannot be undone. Backups made before keep the data until they are replaced.</source>
      <translation>删除一切能识别 {name} 的资料：姓名、电话、生日、地址、喜好、重要日子、备注，以及联系记录和投诉中顾客说的话。消费和积分以顾客编号保留为数字。此操作无法撤销。此前的备份在被替换之前仍保留这些资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, what he likes, key dates, notes, and his words in contacts and complaints. His sales and points stay as figures under his customer number. This cannot be undone. Backups made before keep his data until they are replaced.</source>
      <translation>删除一切能识别 {name} 的资料：姓名、电话、生日、地址、喜好、重要日子、备注，以及联系记录和投诉中他说的话。他的消费和积分以顾客编号保留为数字。此操作无法撤销。此前的备份在被替换之前仍保留他的资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, what she likes, key dates, notes, and her words in contacts and complaints. Her sales and points stay as figures under her customer number. This cannot be undone. Backups made before keep her data until they are replaced.</source>
      <translation>删除一切能识别 {name} 的资料：姓名、电话、生日、地址、喜好、重要日子、备注，以及联系记录和投诉中她说的话。她的消费和积分以顾客编号保留为数字。此操作无法撤销。此前的备份在被替换之前仍保留她的资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase her personal data…</source>
      <translation>删除她的个人资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase his personal data…</source>
      <translation>删除他的个人资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase the customer's personal data…</source>
      <translation>删除这位顾客的个人资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/privacy.py" />
      <source>Erased customer {number}</source>
      <translation>已删除的顾客 {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Event preferences</source>
      <translation>活动偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Events liked</source>
      <translation>喜欢的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about her…</source>
      <translation>导出本店保存的她的全部资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about him…</source>
      <translation>导出本店保存的他的全部资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about the customer…</source>
      <translation>导出本店保存的这位顾客的全部资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Family</source>
      <translation>家庭情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Family birthday</source>
      <translation>家人生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Gift</source>
      <translation>礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Gifts</source>
      <translation>礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Give a gift</source>
      <translation>送礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Give a gift…</source>
      <translation>送礼品…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Give a voucher</source>
      <translation>发优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Give a voucher…</source>
      <translation>发优惠券…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Give back {money}.</source>
      <translation>退还 {money}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Given</source>
      <translation>赠送日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Greeting</source>
      <translation>问候</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Handed by</source>
      <translation>送出人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Handed over</source>
      <translation>已送出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>He would enjoy</source>
      <translation>他喜欢的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>He would like us to remember this day</source>
      <translation>他希望我们记得这一天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her data</source>
      <translation>她的资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Her event preferences</source>
      <translation>她的活动偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her event preferences are saved.</source>
      <translation>已保存她的活动偏好。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her personal data is erased. Another shopcrm window or program has the shop open, so the last traces of her leave the file only when it closes and shopcrm is closed too.</source>
      <translation>她的个人信息已删除。另一个 shopcrm 窗口或程序正打开着店里的数据，所以她最后的痕迹要等它关闭、shopcrm 也关闭后才会从文件中消失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/summary.py" />
      <source>Highest tier reached</source>
      <translation>已是最高等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His data</source>
      <translation>他的资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>His event preferences</source>
      <translation>他的活动偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His event preferences are saved.</source>
      <translation>已保存他的活动偏好。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His personal data is erased. Another shopcrm window or program has the shop open, so the last traces of him leave the file only when it closes and shopcrm is closed too.</source>
      <translation>他的个人信息已删除。另一个 shopcrm 窗口或程序正打开着店里的数据，所以他最后的痕迹要等它关闭、shopcrm 也关闭后才会从文件中消失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Hobbies</source>
      <translation>爱好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Home</source>
      <translation>住宅信息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>House type</source>
      <translation>房屋类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>In days</source>
      <translation>还有几天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>In the customer's words</source>
      <translation>顾客原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Income band</source>
      <translation>收入水平</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Intending buyer</source>
      <translation>意向客户</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Invited</source>
      <translation>已邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Keep which record? The other one is merged into it.</source>
      <translation>保留哪一条档案？另一条将合并进来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Kept</source>
      <translation>保留的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Key date</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Key dates</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Last visit</source>
      <translation>最近到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Layout</source>
      <translation>户型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lifestyle</source>
      <translation>生活方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Lost</source>
      <translation>流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Lunar calendar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lunar calendar birthday</source>
      <translation>过农历生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Merge two customers</source>
      <translation>合并两位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merged</source>
      <translation>合并时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merged into it</source>
      <translation>被合并的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merges</source>
      <translation>合并记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Messages: not asked yet, or declined at registration.</source>
      <translation>消息：还没问过，或登记时说不要。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Minimum spend (¥)</source>
      <translation>最低消费（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Move to trash</source>
      <translation>移到回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Move {name} to the trash? The owner can restore the card from there.</source>
      <translation>把 {name} 移到回收站？店长可以从回收站恢复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>New complaint…</source>
      <translation>新投诉…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>New customer</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Next</source>
      <translation>下一次</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>No customer has this phone or number.</source>
      <translation>没有顾客使用这个号码或编号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>No customers yet. Add the first one (Ctrl+N) when a customer comes to the counter, then record the sale; or bring in your old list from Excel.</source>
      <translation>还没有顾客。顾客到柜台时新建第一位（Ctrl+N），再记录销售；或者从电子表格导入原来的名单。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>No tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Not invited</source>
      <translation>未邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Not saved: check the fields marked in red.</source>
      <translation>未保存：请检查标红的栏目。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Only a name and phone are needed. What the customer tells us stays in this shop and is never shared.</source>
      <translation>只需要姓名和电话。顾客告诉我们的信息只留在本店，绝不外传。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Opened</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Paid</source>
      <translation>实付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid back by</source>
      <translation>退款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid back to the customer: {paid}.</source>
      <translation>退给顾客 {paid}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Paid by</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid in (¥)</source>
      <translation>实付（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Phone number copied.</source>
      <translation>号码已复制。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Preferred contact</source>
      <translation>喜欢的联系方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Print membership card…</source>
      <translation>打印会员卡…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Print the card for a home visit…</source>
      <translation>打印上门用的顾客资料…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Profile</source>
      <translation>基本档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>Profile {p}% complete (hard facts 20%, knowing the customer 80%)</source>
      <translation>档案完整度 {p}%（硬件档案占20%，软件档案占80%）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Purchases</source>
      <translation>购买记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Receipt…</source>
      <translation>小票…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Record sale (Ctrl+Enter)</source>
      <translation>记录销售（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Referrals made</source>
      <translation>介绍新客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Referred by</source>
      <translation>介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Refund the balance</source>
      <translation>退还储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Refund…</source>
      <translation>退款…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Regular</source>
      <translation>老顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove key date</source>
      <translation>删除关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove {what}?</source>
      <translation>删除{what}？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Residential community</source>
      <translation>小区</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Return this sale</source>
      <translation>整单退货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Return this sale…</source>
      <translation>整单退货…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Sale recorded.</source>
      <translation>销售已记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Save (Ctrl+S)</source>
      <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Save preferences</source>
      <translation>保存偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Save the changes to {name}?</source>
      <translation>保存对 {name} 的修改吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Search: last digits of the phone, name, pinyin initials (zxl) or number</source>
      <translation>搜索：手机尾号、姓名、拼音首字母（如 zxl）或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>She would enjoy</source>
      <translation>她喜欢的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>She would like us to remember this day</source>
      <translation>她希望我们记得这一天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Shoe size</source>
      <translation>鞋码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Size</source>
      <translation>尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Solar</source>
      <translation>公历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Spending habits</source>
      <translation>消费习惯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Stored value</source>
      <translation>储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Style preferences</source>
      <translation>穿衣风格偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Take back the whole sale of {date} ({total})? Everything it took comes back: the money, the balance, the points and the vouchers.</source>
      <translation>把 {date} 的这笔销售（{total}）整单退货吗？这笔销售用掉的都会退回：钱款、储值、积分和优惠券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Text message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>That merge no longer exists.</source>
      <translation>这次合并已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>That merge was undone already.</source>
      <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>That month has at most {n} days.</source>
      <translation>这个月最多 {n} 天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>The area must be between 0 and 100,000 m².</source>
      <translation>面积应在 0 到 100,000 平方米之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>The customer would like us to remember this day</source>
      <translation>顾客希望我们记得这一天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The customer's event preferences are saved.</source>
      <translation>已保存顾客的活动偏好。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The customer's personal data is erased. Another shopcrm window or program has the shop open, so the last traces leave the file only when it closes and shopcrm is closed too.</source>
      <translation>这位顾客的个人信息已删除。另一个 shopcrm 窗口或程序正打开着店里的数据，所以最后的痕迹要等它关闭、shopcrm 也关闭后才会从文件中消失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The last save was undone.</source>
      <translation>已撤销上次保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>The month is a number from 1 to 12.</source>
      <translation>月份是 1 到 12 之间的数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>The referring customer no longer exists.</source>
      <translation>介绍人已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>The shop keeps the bonus not yet spent, {kept}.</source>
      <translation>未用完的赠送金额 {kept} 归店里。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>The shop takes no top-ups: see Settings.</source>
      <translation>本店未开通储值：见“设置”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>These vouchers can be used again: {codes}.</source>
      <translation>这些优惠券又可以用了：{codes}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/privacy.py" />
      <source>This customer was merged into {number}: erase that customer.</source>
      <translation>这位顾客已合并到 {number}：请删除那位顾客的资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>This customer's personal data was erased on request, so this merge cannot be undone.</source>
      <translation>这位顾客的个人信息已应本人要求删除，这次合并不能再撤销。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>This customer's personal data was erased on request: the record keeps only its figures. If the customer comes back and agrees, add them as a new customer.</source>
      <translation>这位顾客的个人信息已应本人要求删除：档案只保留数字。如果顾客再来并同意，请作为新顾客重新登记。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>This month's gifts: {spent}</source>
      <translation>本月礼品：{spent}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>This month's gifts: {spent} of {budget}</source>
      <translation>本月礼品：{spent}，预算 {budget}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>This phone already belongs to {name} ({number}).</source>
      <translation>这个号码已属于 {name}（{number}）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Top size</source>
      <translation>上装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Top up the balance</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Top up…</source>
      <translation>充值…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Total spent</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Trash</source>
      <translation>回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>Type a year between 1900 and next year, or leave it empty.</source>
      <translation>请输入 1900 年到明年之间的年份，或留空。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Type a year between 1900 and this year.</source>
      <translation>请输入 1900 年到今年之间的年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Type a year, e.g. 1985.</source>
      <translation>请输入年份，如 1985。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Type the area in m², e.g. 120.5.</source>
      <translation>请输入面积（平方米），如 120.5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>Type the customer's name (a surname alone is fine).</source>
      <translation>请输入顾客的姓名（只写姓也可以）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>Type the customer's phone number: it is how the card is found.</source>
      <translation>请输入手机号：以后靠它找到顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Undo last save</source>
      <translation>撤销上次保存</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Undo the merge</source>
      <translation>撤销合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Undone</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Upgraded to {tier}!</source>
      <translation>已升级为{tier}！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Used on</source>
      <translation>使用日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>VIP and points</source>
      <translation>会员与积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Valid until</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Visit</source>
      <translation>上门/到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Visitor</source>
      <translation>来访未成交</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Vouchers</source>
      <translation>优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Wallet</source>
      <translation>钱包</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>WeChat ID</source>
      <translation>微信号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>What matters to the customer</source>
      <translation>顾客看重什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Whose / what</source>
      <translation>谁的 / 什么</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Why?</source>
      <translation>原因？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Worth</source>
      <translation>面值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Would enjoy</source>
      <translation>喜欢的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
      <translation>日期请写成 年-月-日，如 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Year built</source>
      <translation>建成年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>agreed to messages</source>
      <translation>同意接收消息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>complaints</source>
      <translation>条投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>contacts</source>
      <translation>条联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>e.g. 138 1234 5678</source>
      <translation>如 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>e.g. 1990-05-03</source>
      <translation>如 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>e.g. daughter Lili, wedding</source>
      <translation>如：女儿丽丽、结婚</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>e.g. weekend afternoons</source>
      <translation>例如 周末下午</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>key dates</source>
      <translation>个关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>no phone</source>
      <translation>无电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>optional</source>
      <translation>可不填</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>optional, e.g. 1990-05-03</source>
      <translation>可不填，如 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>optional: phone or number of the friend who brought this customer</source>
      <translation>可不填：介绍人的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>or per cent off</source>
      <translation>或折扣百分比</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>points entries</source>
      <translation>条积分记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>referred friends</source>
      <translation>位介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>sales</source>
      <translation>笔销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>tier changes</source>
      <translation>条等级变动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>withdrew from messages</source>
      <translation>不再接收消息</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{absorbed} and {survivor} are two customers again.</source>
      <translation>{absorbed} 和 {survivor} 又是两位顾客了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
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
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{amount} is back on the balance.</source>
      <translation>{amount} 已退回储值。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/summary.py" />
      <source>{amount} more to reach {tier}</source>
      <translation>再消费 {amount} 升级为{tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{date} {title}</source>
      <translation>{date} {title}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{items}, returned</source>
      <translation>{items}，已退货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>{made} ({converted} bought)</source>
      <translation>{made}（{converted} 位已购买）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{name} is back in the list.</source>
      <translation>{name} 已恢复到顾客列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>{name} was merged into {number}; open that customer instead.</source>
      <translation>{name} 已合并到 {number}；请打开该顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>{name}'s phone {phone} now belongs to {owner} ({number}); change one of the two, then undo the merge.</source>
      <translation>{name} 的手机号 {phone} 现在属于 {owner}（{number}）；请先改掉其中一个，再撤销合并。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} complaints</source>
      <translation>
        <numerusform>{n} 条投诉</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} contacts</source>
      <translation>
        <numerusform>{n} 条联系记录</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} 位顾客</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{n} customers in the trash</source>
      <translation>
        <numerusform>回收站中有 {n} 位顾客</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} customers match — choose one with ↑↓ and Enter</source>
      <translation>{n} 位顾客符合——用 ↑↓ 和回车选择一位</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>{n} events, came to {came}</source>
      <translation>
        <numerusform>{n} 场活动，到场 {came} 场</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>{n} gifts to hand over</source>
      <translation>
        <numerusform>{n} 份礼品待送</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>{n} key dates</source>
      <translation>
        <numerusform>{n} 个关怀日期</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} matches</source>
      <translation>
        <numerusform>找到 {n} 位</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/customers/summary.py" />
      <source>{n} more visits to reach {tier}</source>
      <translation>
        <numerusform>再到店 {n} 次升级为{tier}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} pcs</source>
      <translation>
        <numerusform>{n} 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} points are back.</source>
      <translation>{n} 积分已退回。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} sales, {total} in all</source>
      <translation>
        <numerusform>共 {n} 笔，合计 {total}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>{n} vouchers to use</source>
      <translation>
        <numerusform>{n} 张优惠券可用</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>“{value}” is not an e-mail address (name@example.com).</source>
      <translation>“{value}”不是电子邮箱地址（如 name@example.com）。</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../shopcrm/demo/generator.py" />
      <source>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</source>
      <translation>该数据库中已有顾客；演示数据不能混入真实店铺的数据。请用 --db 指定一个新文件。</translation>
    </message>
  </context>
  <context>
    <name>events</name>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>(nobody)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Accepted</source>
      <translation>已答应</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Add and mark as arrived</source>
      <translation>添加并记为到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>All {n} places are taken: raise the capacity, or record the guest as maybe.</source>
      <translation>{n} 个名额都已满：请增加名额，或把这位嘉宾记为“可能来”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Any clerk</source>
      <translation>任何导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>At the door</source>
      <translation>门口签到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>At this event</source>
      <translation>本场活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Attended</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Attendees' sales</source>
      <translation>到场嘉宾的消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Attendees' sales, {n} days</source>
      <translation>到场嘉宾 {n} 天内消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Birthday party</source>
      <translation>生日会</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Brought by a guest</source>
      <translation>由嘉宾带来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Brought by a guest: choose the guest among those here</source>
      <translation>由嘉宾带来：先在已到场的人中选中这位嘉宾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Brought by guests</source>
      <translation>由嘉宾带来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Brought by the event</source>
      <translation>活动带来的</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Brought by {name}</source>
      <translation>由{name}带来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Brought, {n} days</source>
      <translation>{n} 天活动带来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Came</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel event</source>
      <translation>取消活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel event…</source>
      <translation>取消活动…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel {title} on {when}? The guests who had been told get a call from their clerk to hear it is off; this cannot be undone.</source>
      <translation>要取消 {when} 的{title}吗？已通知过的嘉宾会接到各自导购的电话，告知活动取消；此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Cancelled: the event was not held, so only its invitations count.</source>
      <translation>已取消：活动没有举行，只统计邀请情况。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancelled: the guests who had been told hear it from their clerk.</source>
      <translation>已取消：已通知过的嘉宾会由各自的导购告知。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Change event</source>
      <translation>修改活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Change…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose a customer group from the list.</source>
      <translation>请从列表中选择顾客分组。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose a day between 2000 and {year}.</source>
      <translation>请选择 2000 年到 {year} 年之间的日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Choose a guest in the list first.</source>
      <translation>请先在列表中选择一位嘉宾。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Choose an event in the list first.</source>
      <translation>请先在列表中选择一场活动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose kinds of event from the list.</source>
      <translation>请从列表中选择活动类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose lifecycle stages from the list.</source>
      <translation>请从列表中选择顾客状态。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose the day and time it starts.</source>
      <translation>请选择开始的日期和时间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Choose the guest in the list of those here first.</source>
      <translation>请先在已到场名单中选中这位嘉宾。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Choose the reply</source>
      <translation>选择答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose the reply: yes, no, maybe or no answer.</source>
      <translation>请选择答复：会来、不来、可能来或未答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose this month or next month.</source>
      <translation>请选择本月或下月。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose what kind of event it is.</source>
      <translation>请选择活动类型。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>Choose who brought this guest from those here.</source>
      <translation>请在已到场的嘉宾中选择带这位嘉宾来的人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose who organises it.</source>
      <translation>请选择活动负责人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose who to invite: set a condition, or ask for every customer.</source>
      <translation>请选择邀请谁：设一个条件，或明确选择邀请所有顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Choose who to invite: set a condition, or tick every customer.</source>
      <translation>请选择邀请谁：设一个条件，或勾选“所有顾客”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Clerk</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Clerk in charge</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Copied to {when}: change the day with Change… if it differs.</source>
      <translation>已复制到 {when}：如果日期不同，请用“修改…”调整。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Copy a year on</source>
      <translation>复制到明年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Customer group</source>
      <translation>顾客分组</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Customers by condition</source>
      <translation>按条件选顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Date and time</source>
      <translation>日期和时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Events</source>
      <translation>会员活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Every event's figures, one row per event</source>
      <translation>每场活动的数据，一场一行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Expected from their own average</source>
      <translation>按这些顾客平时平均的预期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Expected, {n} days</source>
      <translation>{n} 天预期消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Export the events report</source>
      <translation>导出活动报告</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Find the customer and press Enter to invite:</source>
      <translation>找到顾客，按回车邀请：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Find the guest and press Enter to tick as here:</source>
      <translation>找到嘉宾，按回车勾选到场：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>From the event day</source>
      <translation>从活动当天起</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Gift</source>
      <translation>礼物</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Gift handed over to {name}.</source>
      <translation>已给{name}发放礼品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Gift per guest</source>
      <translation>每位嘉宾的礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Gifts handed over</source>
      <translation>已发礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Give the event a title, e.g. Spring preview.</source>
      <translation>请给活动起个名称，例如 春季新品品鉴会。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Guest's name</source>
      <translation>嘉宾姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Guest's phone</source>
      <translation>嘉宾手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Hand over the gift</source>
      <translation>发放礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Here</source>
      <translation>已到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>How the guest came</source>
      <translation>到场方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite guests to {title}</source>
      <translation>邀请嘉宾参加{title}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Invite guests…</source>
      <translation>邀请嘉宾…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite them</source>
      <translation>发出邀请</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite {n} customers</source>
      <translation>
        <numerusform>邀请 {n} 位顾客</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Invited</source>
      <translation>已邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Invited on</source>
      <translation>邀请日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: cannot come.</source>
      <translation>已邀请：来不了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: coming.</source>
      <translation>已邀请：会来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: may come.</source>
      <translation>已邀请：可能会来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: no answer yet.</source>
      <translation>已邀请：还没有答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Invited: {reply}</source>
      <translation>已邀请：{reply}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>Last digits of the phone, name or pinyin initials (zxl)</source>
      <translation>手机尾号、姓名或拼音首字母（zxl）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Last year's event again, a year on, without its guests</source>
      <translation>把去年的活动顺延一年再办一次，不带原来的嘉宾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Left out: {reasons}.</source>
      <translation>未邀请：{reasons}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Lifecycle</source>
      <translation>顾客状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Maybe</source>
      <translation>可能来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>New customers</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>New event</source>
      <translation>新活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>New event…</source>
      <translation>新活动…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Next month</source>
      <translation>下月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>No</source>
      <translation>不来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>No answer</source>
      <translation>未答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>No limit on places.</source>
      <translation>名额不限。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>No place left: {name} is not invited.</source>
      <translation>名额已满：未邀请{name}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>No-shows</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Nobody in charge</source>
      <translation>无人负责</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Not asked yet</source>
      <translation>还没问</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Not held yet: who came and what they bought show from {date}, the event day.</source>
      <translation>尚未举行：到场和消费情况从活动当天（{date}）起显示。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Not invited</source>
      <translation>未邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>One customer</source>
      <translation>单独一位顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Only customers who said they like this kind of event ({kind})</source>
      <translation>只邀请说过喜欢这类活动（{kind}）的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Or every customer, with no condition (the best first)</source>
      <translation>或者不设条件，邀请所有顾客（优先最好的顾客）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Organiser</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Other event</source>
      <translation>其他活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Outing</source>
      <translation>外出活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Places</source>
      <translation>名额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Product preview</source>
      <translation>新品品鉴会</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Record the reply</source>
      <translation>记下答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Report</source>
      <translation>活动报告</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Said yes</source>
      <translation>已答应</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Said yes and did not come</source>
      <translation>答应了但没来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Take back the gift</source>
      <translation>撤销发放礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Talk</source>
      <translation>讲座</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>That event no longer exists; refresh the list.</source>
      <translation>这场活动已不存在；请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>That guest is no longer on the list; refresh it.</source>
      <translation>这位嘉宾已不在名单上；请刷新名单。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>That is the phone of the guest who brought this one.</source>
      <translation>这是带人来的那位嘉宾自己的手机号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>The budget cannot be below zero.</source>
      <translation>预算不能小于零。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>The event is on {date}: guests are ticked on the day.</source>
      <translation>活动在 {date}：请在活动当天勾选到场嘉宾。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>The event was on {date}: who came could be ticked until {last}.</source>
      <translation>活动在{date}举行，到场勾选截止到{last}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>The gift for {name} is no longer ticked as handed over.</source>
      <translation>已撤销给{name}的礼品发放记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event has begun: it can no longer be cancelled.</source>
      <translation>活动已经开始，不能再取消。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>This event has begun: its day and time stay as they were.</source>
      <translation>活动已经开始，日期和时间不能再改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>This event has taken place: a reply no longer counts.</source>
      <translation>活动已经举行过，答复不再计入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event has taken place: invite to the next one.</source>
      <translation>这场活动已经办过了：请邀请参加下一场。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event is already cancelled.</source>
      <translation>这场活动已经取消了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <location filename="../../shopcrm/events/guests.py" />
      <source>This event was cancelled.</source>
      <translation>这场活动已取消。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event was cancelled: copy it instead.</source>
      <translation>这场活动已取消：请改为复制一场。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event was cancelled: nobody can be invited.</source>
      <translation>这场活动已取消：不能再邀请任何人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>This guest came without an invitation: there is no reply to record.</source>
      <translation>这位嘉宾未受邀、自行到场，不用记录答复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>Tick the guest as here first: gifts go to those who came.</source>
      <translation>请先勾选这位嘉宾已到场：礼品只发给到场的嘉宾。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Tiers</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Type how many guests fit, from 1 to {n}.</source>
      <translation>请填写可容纳的嘉宾人数，1 到 {n}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Undo tick</source>
      <translation>撤销勾选</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Untick {name}? A gift ticked as handed over is taken back too.</source>
      <translation>取消{name}的到场勾选吗？已记为发放的礼品也会一并撤销。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Untick {name}? Without an invitation, {name} also comes off the guest list.</source>
      <translation>取消{name}的到场勾选吗？{name}没有受邀，也会从嘉宾名单中移除。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Walk-in</source>
      <translation>未受邀到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Walk-ins</source>
      <translation>未受邀到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Walked in without an invitation</source>
      <translation>未受邀到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>What those who came bought from the event day on, against what the same customers spend in as many days on average over the year before: the difference is what the event brought.</source>
      <translation>到场顾客从活动当天起的消费，对比这些顾客前一年同样天数的平均消费：差额就是活动带来的效果。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>What to prepare, who to call, …</source>
      <translation>要准备什么、要联系谁、…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Yes</source>
      <translation>会来</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>e.g. 138 1234 5678</source>
      <translation>如 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>e.g. Spring preview</source>
      <translation>例如 春季新品品鉴会</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>e.g. the shop's first floor</source>
      <translation>例如 店铺一楼</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>empty: no limit</source>
      <translation>留空：不限</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>events</source>
      <translation>会员活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>no limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>optional, e.g. a care kit</source>
      <translation>可不填，例如 一套护理用品</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/planning.py" />
      <source>{count} of at least {goal} events for {year} held or planned: plan {n} more.</source>
      <translation>
        <numerusform>{year} 年至少要办 {goal} 场活动，已举办或已安排 {count} 场：还需再安排 {n} 场。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} does not accept promotional messages: not invited.</source>
      <translation>{name}不接收推广信息：未邀请。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is already here.</source>
      <translation>{name}已经签到了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here, brought by {host}.</source>
      <translation>{name}已到场，由{host}带来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here.</source>
      <translation>{name}已到场。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here: a walk-in.</source>
      <translation>{name}已到场：未受邀到场。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} is invited: a follow-up task for the clerk in charge.</source>
      <translation>已邀请{name}：已为负责导购生成回访任务。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is no longer ticked as here.</source>
      <translation>已取消{name}的到场勾选。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} was invited already.</source>
      <translation>{name}之前已经邀请过了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>{name}'s reply is recorded: {reply}.</source>
      <translation>已记下{name}的答复：{reply}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} customers invited: a follow-up task for each one's clerk.</source>
      <translation>
        <numerusform>已邀请 {n} 位顾客：已为各自的导购生成回访任务。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>{n} customers match — choose one with ↑↓ and Enter</source>
      <translation>
        <numerusform>{n} 位顾客符合——用 ↑↓ 和回车选择一位</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} customers would be invited.</source>
      <translation>
        <numerusform>将邀请 {n} 位顾客。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{n} days</source>
      <translation>
        <numerusform>{n} 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} do not accept promotional messages</source>
      <translation>
        <numerusform>{n} 位不接收促销信息</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{n} events exported to {path}.</source>
      <translation>
        <numerusform>已将 {n} 场活动导出到 {path}。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{n} gifts handed over</source>
      <translation>
        <numerusform>已发礼品 {n} 份</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/planning.py" />
      <source>{n} guests have already said yes: the capacity cannot be lower.</source>
      <translation>
        <numerusform>已有 {n} 位嘉宾答应参加：名额不能少于这个数。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{n} here: {walk_ins} walked in, {brought} brought by a guest; {gifts}</source>
      <translation>到场 {n} 位：未受邀到场 {walk_ins} 位，由嘉宾带来 {brought} 位；{gifts}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>{n} invited: {yes} yes, {maybe} maybe, {no} no, {open} still to answer</source>
      <translation>已邀请 {n} 位：会来 {yes} 位，可能来 {maybe} 位，不来 {no} 位，未答复 {open} 位</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>{n} matches</source>
      <translation>
        <numerusform>找到 {n} 位</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} more than the places left</source>
      <translation>
        <numerusform>{n} 位超出剩余名额</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} of them were invited before.</source>
      <translation>
        <numerusform>其中 {n} 位之前已邀请过。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} places left.</source>
      <translation>
        <numerusform>还剩 {n} 个名额。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>{title} (cancelled)</source>
      <translation>{title}（已取消）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} is already planned on {when}.</source>
      <translation>{when}已经安排了“{title}”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} is cancelled.</source>
      <translation>{title}已取消。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} on {when} has not been held yet.</source>
      <translation>{when}的“{title}”还没有举行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{why} Copy it to {when} all the same?</source>
      <translation>{why}仍要复制到{when}吗？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{window} ({n} so far)</source>
      <translation>{window}（已过 {n} 天）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>¥, optional</source>
      <translation>元，可不填</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Accepts promotions</source>
      <translation>接受促销</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Agreed</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Area m²</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Best times for events</source>
      <translation>活动时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Birth year</source>
      <translation>出生年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Bottom size</source>
      <translation>下装尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Building year</source>
      <translation>建成年份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Came</source>
      <translation>到场</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Clerk</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Community</source>
      <translation>小区</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Consent</source>
      <translation>同意情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Contacts</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>Customer profiles</source>
      <translation>顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Employer</source>
      <translation>工作单位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Events liked</source>
      <translation>喜欢的活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Family</source>
      <translation>家庭情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Hobbies</source>
      <translation>爱好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Home type</source>
      <translation>房屋类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Invited</source>
      <translation>已邀请</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Key dates</source>
      <translation>关怀日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Last purchase</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Layout</source>
      <translation>户型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lifestyle</source>
      <translation>生活方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Look at these</source>
      <translation>请查看</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lunar birthday</source>
      <translation>农历生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Opened</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Payment</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Personality</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Phone 2</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Preferred contact</source>
      <translation>联系方式偏好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Profile</source>
      <translation>基本档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Purchases</source>
      <translation>购买记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Referred by</source>
      <translation>介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Rows not imported</source>
      <translation>未导入的行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Shoe size</source>
      <translation>鞋码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Source row</source>
      <translation>原行号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Spending habits</source>
      <translation>消费习惯</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Status</source>
      <translation>客户状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Style preferences</source>
      <translation>穿衣风格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Tier</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Top size</source>
      <translation>上衣尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Total</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Total spent</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Value</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Values</source>
      <translation>价值观</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>What the customer said</source>
      <translation>顾客原话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>lunar {date}</source>
      <translation>农历{date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>{month:02d}-{day:02d}</source>
      <translation>{month}月{day}日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>{year}-{month:02d}-{day:02d}</source>
      <translation>{year}年{month}月{day}日</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Add tier</source>
      <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Preview</source>
      <translation>预览(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Remove tier</source>
      <translation>删除等级(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>A customer cannot refer themselves.</source>
      <translation>顾客不能推荐自己。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>A friend you bring gets an extra {pct}% off the first purchase.</source>
      <translation>您介绍的朋友首次购物可额外优惠 {pct}%。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>A level once reached is yours to keep.</source>
      <translation>等级一经达到，永久保留。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>A merge was undone</source>
      <translation>撤销了一次合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Add at least one tier.</source>
      <translation>请至少添加一个等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Adjusted</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>At risk</source>
      <translation>流失风险</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Balance: {points} points</source>
      <translation>
        <numerusform>积分余额：{points}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Benefits</source>
      <translation>权益</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Best customers</source>
      <translation>最佳顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Birthday extra</source>
      <translation>生日额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Birthday voucher</source>
      <translation>生日券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Birthday voucher ¥</source>
      <translation>生日券（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Bought recently, often and the most: thank them, invite them to events.</source>
      <translation>最近买过、买得勤、花得多：多致谢，邀请参加活动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Buy often: keep in touch and greet them on their days.</source>
      <translation>经常光顾：保持联系，重要日子送上问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Came back lately: a little care makes them regulars.</source>
      <translation>最近又来了：多一点关心，就会成为老顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Choose a month from {first} to {last}.</source>
      <translation>请选 {first} 到 {last} 之间的月份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>Choose the referrer from the customer list; that one is gone.</source>
      <translation>该顾客已删除，请从顾客列表中选择推荐人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Compensation for the complaint of {date}</source>
      <translation>{date} 投诉的补偿</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Customer groups</source>
      <translation>客户分组</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Earned</source>
      <translation>获得</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Every ¥1 you spend earns {n} points, times your level's multiplier.</source>
      <translation>
        <numerusform>每消费 ¥1 得 {n} 积分，再乘以所在等级的积分倍数。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Expired</source>
      <translation>过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Expires</source>
      <translation>到期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Extra on your birthday</source>
      <translation>生日额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Few, small, long-ago purchases: a friendly note now and then.</source>
      <translation>买得少、金额小、时间久：偶尔发条问候。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>First purchase</source>
      <translation>首次购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>First purchase lately: call within a week and make the customer welcome.</source>
      <translation>最近首次购买：一周内回访，让顾客感到受欢迎。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends he brought</source>
      <translation>他介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends she brought</source>
      <translation>她介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends this customer brought</source>
      <translation>顾客介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Has not bought yet.</source>
      <translation>尚未购买。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Hibernating</source>
      <translation>沉睡顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>If you no longer meet your level's requirement, you move down a level.</source>
      <translation>如不再符合所在等级的条件，将降一级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Level</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Levels are reviewed once a year, on {month}-{day}.</source>
      <translation>等级每年复核一次，复核日为 {month}-{day}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Loyal</source>
      <translation>忠实顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Merged with {number}</source>
      <translation>与 {number} 合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Middling on every count: a personal message may bring them back.</source>
      <translation>各方面都一般：一条贴心的消息也许能让顾客回来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Need attention</source>
      <translation>需要关注</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>New</source>
      <translation>新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No customer has this phone or number.</source>
      <translation>没有顾客使用这个号码或编号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought her.</source>
      <translation>没有记录她的介绍人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought him.</source>
      <translation>没有记录他的介绍人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought this customer.</source>
      <translation>没有记录介绍人。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Of {n} customers: {up} move up, {down} move down, {same} stay where they are.</source>
      <translation>
        <numerusform>共 {n} 位顾客：{up} 位升级，{down} 位降级，{same} 位不变。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>On registration</source>
      <translation>注册即享</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Only the owner can adjust points; ask the owner to do it.</source>
      <translation>只有店长可以调整积分，请找店长操作。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought her</source>
      <translation>介绍她来的朋友的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought him</source>
      <translation>介绍他来的朋友的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought this customer</source>
      <translation>介绍这位顾客来的朋友的手机号或会员编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Points are valid until the end of the year after they were earned.</source>
      <translation>积分有效期至获得次年年底。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Points are valid until the end of the year they were earned.</source>
      <translation>积分有效期至获得当年年底。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Points pay towards a sale, not a return; set them to 0.</source>
      <translation>积分只能用于购买，不能用于退货；请改为 0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Points valid until {date} lapsed</source>
      <translation>有效期至 {date} 的积分已过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Points ×</source>
      <translation>积分倍数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Points, referrals and customer groups</source>
      <translation>积分、转介绍与客户分组</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Preview the change before applying it.</source>
      <translation>请先预览变动，再应用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Promising</source>
      <translation>潜力顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Redeemed</source>
      <translation>抵扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Referral: {name} made a first purchase</source>
      <translation>转介绍：{name} 首次购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Referrals</source>
      <translation>转介绍</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Referred by {name} ({number})</source>
      <translation>介绍人：{name}（{number}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Registered</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Requirement</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Return {date}</source>
      <translation>{date} 退货</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Sale {date}</source>
      <translation>{date} 消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>Save as &amp;web page…</source>
      <translation>另存为网页(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Say why the points change: the customer may ask.</source>
      <translation>请写明积分变动的原因：顾客可能会问。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Set referrer</source>
      <translation>设为介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Spending in the last 12 months changed</source>
      <translation>近 12 个月消费额变化</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Spent</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>The customer has already bought; the status follows the purchases.</source>
      <translation>顾客已经购买过，状态随购买记录自动变化。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The customer has {n} points; redeem at most that many.</source>
      <translation>
        <numerusform>顾客有 {n} 积分，最多只能抵扣这么多。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The customer has {n} points; take away at most that many.</source>
      <translation>
        <numerusform>顾客有 {n} 积分，最多只能扣这么多。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>The lowest tier must start at 0, so that every customer has a tier.</source>
      <translation>最低等级的门槛必须是 0，这样每位顾客都有等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The points would be worth more than the sale; redeem at most {n}.</source>
      <translation>积分抵扣金额超过了这笔消费，最多抵扣 {n} 积分。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>The rules</source>
      <translation>规则说明</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>The tiers were changed elsewhere; close the settings and open them again.</source>
      <translation>等级已在别处被修改，请关闭设置后重新打开。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Threshold (¥)</source>
      <translation>门槛（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Tier history</source>
      <translation>等级记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Tier name</source>
      <translation>等级名称</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Tier re-evaluated</source>
      <translation>等级重新评定</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}, birthday extra: {problem}</source>
      <translation>第 {n} 级生日额外优惠：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}, discount: {problem}</source>
      <translation>第 {n} 级优惠：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: a name has at most {limit} characters.</source>
      <translation>第 {n} 级：名称最多 {limit} 个字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: a number of visits is a whole number, e.g. 5.</source>
      <translation>第 {n} 级：到店次数须为整数，例如 5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: shorten the benefits to at most {limit} characters.</source>
      <translation>第 {n} 级：权益说明请缩短到 {limit} 个字以内。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the birthday voucher is an amount in yuan, e.g. 50, or 0 for none.</source>
      <translation>第 {n} 级：生日券是金额（元），例如 50；不送填 0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</source>
      <translation>第 {n} 级：积分倍数必须是 0 到 100 之间的数，例如 1.5。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the threshold must be from 0 to 999,999,999.</source>
      <translation>第 {n} 级：门槛必须在 0 到 999,999,999 之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</source>
      <translation>第 {n} 级：门槛必须高于第 {m} 级；请按从低到高排列等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: type a name, e.g. 银卡.</source>
      <translation>第 {n} 级：请输入名称，例如 银卡。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</source>
      <translation>第 {n} 级：“{name}”已是第 {m} 级的名称，每个等级请用不同的名称。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>To keep a level, spending up to {n} days beyond the 12 months still counts.</source>
      <translation>保级时，12 个月之外再往前 {n} 天内的消费也计算在内。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Type a discount as the percentage off or as 折: 5, 95折, 9.5折 and 九五折 are all 5% off. A number without 折 is always the percentage off.</source>
      <translation>优惠可填百分比或折数：5、95折、9.5折、九五折 都是优惠 5%。不带“折”字的数字一律按优惠百分比计。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Type how many points to add, or take away with a minus sign.</source>
      <translation>请输入要增加的积分，扣减请加负号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Type the points to redeem as 0 or more.</source>
      <translation>抵扣积分请输入 0 或以上。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Used to buy often or much, not lately: call them first.</source>
      <translation>以前常来或花得多，最近没来：优先联系。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>VIP levels</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>VIP rules</source>
      <translation>会员规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>VIP rules changed</source>
      <translation>会员规则变更</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>VIP tiers</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>Web page (*.html)</source>
      <translation>网页 (*.html)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>When your friend makes a first purchase, you receive: {thanks}.</source>
      <translation>朋友首次购物后，您将获得：{thanks}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>With the 12-month rule, a customer keeps their tier while their spending over the last 12 months plus the grace period still reaches it.</source>
      <translation>按近 12 个月消费评级时，只要顾客在 12 个月加宽限期内的消费仍达到门槛，就保留原等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Write the month as YYYY-MM, e.g. 2025-03.</source>
      <translation>请按 YYYY-MM 写月份，例如 2025-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Yearly tier review</source>
      <translation>年度等级复核</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>You move up as soon as you qualify.</source>
      <translation>一达到条件即刻升级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows how many times you have shopped with us.</source>
      <translation>会员等级按您在本店购物的次数评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows what you spent with us in the last 12 months.</source>
      <translation>会员等级按您近 12 个月在本店的消费评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows your total spending with us.</source>
      <translation>会员等级按您在本店的累计消费评定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>a {amount} voucher</source>
      <translation>{amount} 代金券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{amount} spent in the last 12 months</source>
      <translation>近 12 个月消费 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{amount} spent in total</source>
      <translation>累计消费 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{made} friends brought, {converted} bought, {revenue} in sales</source>
      <translation>介绍朋友 {made} 位，{converted} 位已购买，带来销售 {revenue}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>{name}'s referral was already rewarded; it can no longer change.</source>
      <translation>{name} 的转介绍奖励已发放，推荐人不能再更改。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>{n} keep a tier they no longer qualify for, by the downgrade rule.</source>
      <translation>
        <numerusform>{n} 位顾客按降级规则保留了不再符合条件的等级。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>{n} move off a tier you removed.</source>
      <translation>
        <numerusform>{n} 位顾客原等级已删除，将重新定级。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{n} points</source>
      <translation>
        <numerusform>{n} 积分</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>{n} points for {amount} off, sale {date}</source>
      <translation>
        <numerusform>{date} 消费用 {n} 积分抵扣 {amount}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{n} points take ¥1 off a purchase.</source>
      <translation>
        <numerusform>{n} 积分可抵扣 ¥1。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{n} tier changes</source>
      <translation>
        <numerusform>{n} 次等级变动</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{n} visits</source>
      <translation>
        <numerusform>到店 {n} 次</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>{referrer} was brought in through {name}; choose someone else.</source>
      <translation>{referrer} 是经 {name} 介绍来的，请选择其他人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{segment} — {advice}</source>
      <translation>{segment} — {advice}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{shop} VIP levels</source>
      <translation>{shop} 会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{tier}: {benefits}</source>
      <translation>{tier}：{benefits}</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>A card printer, one card a page</source>
      <translation>证卡打印机，每页一张</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>A4 sheets to cut</source>
      <translation>A4 纸，打印后裁切</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Clerk: {name}</source>
      <translation>店员：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Member: {name}</source>
      <translation>会员：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>Membership card</source>
      <translation>会员卡</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>No. {number}</source>
      <translation>单号 {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Points: {earned}, balance {balance}</source>
      <translation>积分：{earned}，余额 {balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Receipt</source>
      <translation>小票</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Return</source>
      <translation>退货单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Sales receipt</source>
      <translation>销售小票</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>Save as P&amp;DF…</source>
      <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Stored value left: {balance}</source>
      <translation>储值余额：{balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/visit_sheet_dialog.py" />
      <source>The card for a home visit</source>
      <translation>上门用的顾客资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Tier: {tier}</source>
      <translation>等级：{tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Vouchers used: {codes}</source>
      <translation>使用优惠券：{codes}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>membership card {number}</source>
      <translation>会员卡 {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>receipt {number}</source>
      <translation>小票 {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/visit_sheet_dialog.py" />
      <source>visit-{number}</source>
      <translation>上门-{number}</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>({n} points)</source>
      <translation>
        <numerusform>（{n} 积分）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>A return cannot come before its sale.</source>
      <translation>退货日期不能早于销售日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>A return takes no extra discount; set it to 0.</source>
      <translation>退货不能再加额外优惠，请设为 0。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>A voucher chosen no longer exists; choose again.</source>
      <translation>选中的一张优惠券已不存在，请重新选择。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Add at least one item to the sale.</source>
      <translation>请至少添加一件商品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Balance: {held}</source>
      <translation>储值余额：{held}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Balance: {problem}</source>
      <translation>储值：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Bank card</source>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Birthday discount</source>
      <translation>生日折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Choose how the customer paid.</source>
      <translation>请选择付款方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Clerk</source>
      <translation>导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Description</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Discount: {problem}</source>
      <translation>优惠：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Extra discount</source>
      <translation>额外优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Extra discount (¥)</source>
      <translation>额外优惠（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>From the balance (¥)</source>
      <translation>储值支付（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}, price: {problem}</source>
      <translation>第 {n} 件，单价：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}, quantity: {problem}</source>
      <translation>第 {n} 件，数量：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: the customer has {bought} of style {style} from the shop; no more than that can come back.</source>
      <translation>第 {n} 件：顾客在本店买过 {bought} 件款号 {style} 的商品；退货不能超过这个数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: the quantity must be from 1 to {most} (a negative quantity for a return).</source>
      <translation>第 {n} 件：数量须在 1 到 {most} 之间（退货填负数）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}: type its price, or remove the row.</source>
      <translation>第 {n} 件：请填写单价，或删除这一行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: {problem}</source>
      <translation>第 {n} 件：{problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>One sale takes at most {n} vouchers.</source>
      <translation>
        <numerusform>一笔销售最多用 {n} 张优惠券。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Our shop</source>
      <translation>本店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Paid by</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Points: type 0 to {n}, the points on the card.</source>
      <translation>积分：请填 0 到 {n}（现有积分）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Print a receipt</source>
      <translation>打印小票</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Record sale (Ctrl+S)</source>
      <translation>记录销售（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Referral discount</source>
      <translation>转介绍优惠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Remove row</source>
      <translation>删除这一行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Rest to pay</source>
      <translation>还需支付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Sale to {name}</source>
      <translation>{name} 的销售单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Size</source>
      <translation>尺码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Stored value</source>
      <translation>储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Style no.</source>
      <translation>款号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tell {name} the good news and the new benefits:</source>
      <translation>告诉{name}这个好消息和新等级的权益：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tell {name} the good news.</source>
      <translation>告诉{name}这个好消息。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Thank you, and see you again soon!</source>
      <translation>谢谢惠顾，欢迎再来！</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <location filename="../../shopcrm/sales/returns.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <location filename="../../shopcrm/sales/returns.py" />
      <source>That sale no longer exists.</source>
      <translation>这笔销售已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The discount cannot be negative.</source>
      <translation>优惠金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The discount is larger than the sale.</source>
      <translation>优惠金额超过了销售金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The price cannot be negative.</source>
      <translation>单价不能为负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>The return date cannot be in the future.</source>
      <translation>退货日期不能在将来。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale date cannot be in the future.</source>
      <translation>销售日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale date is before {day}: check the year.</source>
      <translation>销售日期早于 {day}：请检查年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale is too large: at most {most} in one sale.</source>
      <translation>这笔销售金额太大：一笔最多 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>The same voucher is chosen twice.</source>
      <translation>同一张优惠券选了两次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>This is a return: it cannot come back.</source>
      <translation>这是一笔退货，不能再退。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>This return gives back {refund}, more than the customer has spent ({spent}): check the prices and quantities.</source>
      <translation>这次退货要退 {refund}，比顾客的消费总额（{spent}）还多：请检查单价和数量。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>This sale came back on {day}.</source>
      <translation>这笔销售已于 {day} 退货。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Tier discount</source>
      <translation>会员折扣</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tier upgrade</source>
      <translation>会员升级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Type or scan a code</source>
      <translation>输入或扫描券号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Type the price and Enter; ↓ for the next item. Home goes to the style number, which fills in what was sold before. Ctrl+S records the sale.</source>
      <translation>输入单价后按回车，↓ 到下一件。Home 键到款号，已卖过的款号会自动填好品名和价格。Ctrl+S 记录销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Use points</source>
      <translation>使用积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Use {amount}</source>
      <translation>用 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Use {code} ({off} off)</source>
      <translation>用 {code}（减 {off}）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Use {n}</source>
      <translation>用 {n}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Voucher {code} has just been used.</source>
      <translation>优惠券 {code} 刚刚已被使用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Vouchers</source>
      <translation>优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday today</source>
      <translation>今天生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday today: {pct}% extra off</source>
      <translation>今天生日：再优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday {date}: {pct}% extra off that day</source>
      <translation>生日 {date}：当天再优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>first purchase as a referred friend: {pct}% off</source>
      <translation>转介绍来的首次购买：优惠 {pct}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>no tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>the quantity cannot be 0 (a negative one is a return).</source>
      <translation>数量不能为 0（退货填负数）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>{code} · {worth} · until {day}</source>
      <translation>{code} · {worth} · {day} 前</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{name} is now {tier}!</source>
      <translation>{name} 升级为 {tier}！</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{n} points (worth {amount})</source>
      <translation>
        <numerusform>{n} 积分（价值 {amount}）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{n} points; 1 point = {value}</source>
      <translation>
        <numerusform>{n} 积分；1 积分 = {value}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>shop</name>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>A folder for the second copy</source>
      <translation>存放第二份备份的文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>A folder on a USB stick or another disk (none: no second copy)</source>
      <translation>U盘或另一块硬盘上的文件夹（不填：不做第二份备份）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>A separate shop of made-up customers opens in a window of its own; this one stays as it is.</source>
      <translation>一个装满虚构顾客的独立店铺会在单独的窗口中打开；您的店铺保持不变。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Add customers at the counter as they come, with their first sale.</source>
      <translation>顾客来到柜台时再添加，同时记录第一笔销售。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Add the clerk</source>
      <translation>添加店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>Another program (a second shopcrm window, or an import) has the shop open, so it was not converted and nothing was changed. Close it and try again.</source>
      <translation>另一个程序（第二个 shopcrm 窗口，或正在进行的导入）正打开着本店数据，所以没有转换，什么都没有改动。请关掉它再试一次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>As of {when}</source>
      <translation>截至 {when}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Backup written: {path}</source>
      <translation>备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Benefits</source>
      <translation>权益</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Birthdays this week</source>
      <translation>本周生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Bought in {month}</source>
      <translation>{month} 购买的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Bought today</source>
      <translation>今天购买的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Came back</source>
      <translation>回头购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Came back this month</source>
      <translation>本月回头购买的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Checked</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Choose a backup first.</source>
      <translation>请先选择一个备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Choose the folder</source>
      <translation>选择文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Clerk</source>
      <translation>店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Clerks</source>
      <translation>店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Clerks this month</source>
      <translation>本月店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Clerks who sign in</source>
      <translation>可以登录的店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Close the other windows first: the work in them would be lost.</source>
      <translation>请先关闭其他窗口：其中未完成的工作会丢失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Complaints open</source>
      <translation>未结投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Complaints still open</source>
      <translation>未结的投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Contacts</source>
      <translation>联系次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copied in</source>
      <translation>外部复制</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copy the shop to a folder</source>
      <translation>把店铺数据复制到文件夹</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copy to a USB stick…</source>
      <translation>复制到U盘…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers</source>
      <translation>顾客数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers by lifecycle</source>
      <translation>各生命周期顾客数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers by tier</source>
      <translation>各等级顾客数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Customers from Excel or CSV, checked in a preview before any is kept.</source>
      <translation>从 Excel 或 CSV 导入顾客，保存前先预览检查。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers who brought a buyer</source>
      <translation>介绍了买家的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Daily</source>
      <translation>每日自动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Damaged: do not restore</source>
      <translation>已损坏：不要恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Damaged: this backup cannot be restored. Choose another.</source>
      <translation>已损坏：这个备份无法恢复，请选择另一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Delivery and installation, the calls after them, rooms and styles.</source>
      <translation>送货和安装、之后的回访、房间和风格。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Each clerk signs in with a PIN of their own, so what each records is theirs. Add them now or later in Staff.</source>
      <translation>每位店员用自己的 PIN 码登录，各自记录的内容记在各自名下。现在添加，或以后在“员工”里添加。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Each day the shop opens, a backup is made into {folder}. A second copy on a USB stick or another disk survives the loss of this one.</source>
      <translation>每天开店时会自动备份到 {folder}。U盘或另一块硬盘上的第二份备份，在这块硬盘坏了时也还在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Each day the shop opens, a backup is made into {folder}. Copy one to a USB stick or another disk now and then: a backup on the same disk is lost with it.</source>
      <translation>每天开店时会自动备份到 {folder}。请不时复制一份到U盘或另一块硬盘：与店铺数据在同一块硬盘上的备份会随硬盘一起丢失。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Fell dormant</source>
      <translation>转为沉睡</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Fell dormant this month</source>
      <translation>本月转为沉睡的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Finding the customers…</source>
      <translation>正在查找顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Follow-ups done / still to do</source>
      <translation>回访已完成 / 待完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Home</source>
      <translation>家居情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>How the shop is doing</source>
      <translation>店铺经营情况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>How to begin</source>
      <translation>从哪里开始</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Import my old spreadsheet</source>
      <translation>导入我原来的表格</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>It is protected with another password: it cannot be checked here.</source>
      <translation>这个备份用另一个密码保护：无法在这里检查。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Its name, address and phone go on receipts and exported lists.</source>
      <translation>店名、地址和电话会印在小票和导出的名单上。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Joined</source>
      <translation>新加入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Joined this month</source>
      <translation>本月新加入的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Key dates</source>
      <translation>重要日子</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Last purchases</source>
      <translation>最近的购买</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Later</source>
      <translation>以后再说</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Look at a demo shop first</source>
      <translation>先看看演示店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Lost</source>
      <translation>流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Lost this month</source>
      <translation>本月流失的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Made</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Made by hand</source>
      <translation>手动备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>New customers today</source>
      <translation>今日新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>New today</source>
      <translation>今天的新顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>No tier</source>
      <translation>无等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Not checked yet</source>
      <translation>尚未检查</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>PIN (4 to 6 digits)</source>
      <translation>PIN 码（4 到 6 位数字）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Profile</source>
      <translation>档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Profiles filled in</source>
      <translation>档案完整度</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Reading the figures…</source>
      <translation>正在读取数据…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>恢复这个备份？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore…</source>
      <translation>恢复…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales</source>
      <translation>销售笔数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales by month, against the year before</source>
      <translation>每月销售额（与上一年同期对比）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales today</source>
      <translation>今日销售</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Set up the shop</source>
      <translation>设定店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Sizes and colours customers like, seasons, the tiers of a clothing shop.</source>
      <translation>顾客喜欢的尺码和颜色、换季，服装店的会员等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Sound</source>
      <translation>完好</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Sound: it can be restored.</source>
      <translation>完好：可以恢复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Spent in all</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Start with an empty shop</source>
      <translation>从空店铺开始</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Takes</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/safekeeping.py" />
      <source>That is not the owner's password of this backup.</source>
      <translation>这不是这份备份的店主密码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>That is not the owner's password.</source>
      <translation>这不是店主密码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>That is not the recovery code written down when the shop was set up. It is needed too: it opens the database if the password is forgotten.</source>
      <translation>这不是开店设置时抄下的恢复码。恢复码也是必需的：忘记密码时要靠它打开数据库。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The converted copy of the shop is not the same as the shop ({what}), so nothing was changed. The backup made first is kept: {path}</source>
      <translation>转换出的副本与本店数据不一致（{what}），所以什么都没有改动。事先做好的备份已保留：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is not protected.</source>
      <translation>数据库没有加密保护。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is protected already.</source>
      <translation>数据库已经加密保护了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is protected with the owner's password. Its key file (.keys) must stay beside it: it holds no secret, but without it the database cannot be opened. shopcrm now asks for the owner's password or the recovery code when it starts. The backup made first, as the shop was: {path}</source>
      <translation>数据库已用店主密码加密保护。它旁边的密钥文件（.keys）必须一直留在原处：其中没有明文秘密，但没有它就打不开数据库。今后 shopcrm 启动时会要求输入店主密码或恢复码。事先做好的备份（保持原样）：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop</source>
      <translation>演示店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop could not be made. Your own shop is not touched by this.</source>
      <translation>演示店铺没能建好。您自己的店铺不受影响。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop opens in a window of its own in a moment (the first time it is made, which takes a little while). Sign in as its owner with the password {password}. Nothing in it reaches your shop.</source>
      <translation>演示店铺稍后会在单独的窗口中打开（第一次需要先建好，要等一会儿）。请用店主身份、密码 {password} 登录。演示店铺里的任何内容都不会进入您的店铺。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The few who bring most sales</source>
      <translation>贡献大部分销售额的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The protection is off: the database is a plain file again. The backup made first, as the shop was: {path}</source>
      <translation>已取消保护：数据库重新成为未加密的文件。事先做好的备份（保持原样）：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>The shop goes back to how it was on {when}: what was recorded since then is not in the backup. The shop as it is now is kept in a copy beside it first, so the restore can be undone.</source>
      <translation>店铺数据将回到 {when} 时的样子：此后记录的内容不在备份里。恢复前会先把现在的店铺数据另存一份，所以恢复可以撤销。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/setup.py" />
      <source>The shop has customers already: change the kind and the VIP tiers in Settings and VIP rules.</source>
      <translation>店里已经有顾客了：请在“设置”和“会员规则”里修改店铺类型和会员等级。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>The shop is set up. Change any of it later in Settings.</source>
      <translation>店铺设置好了。以后都可以在“设置”里修改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>The shop starts with these tiers. Change their names, what they take and what they give at any time in VIP rules.</source>
      <translation>店铺先用这些会员等级。名称、条件和权益随时可以在“会员规则”里修改。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The year before</source>
      <translation>上一年同期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>This month's moves</source>
      <translation>本月变化</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/day_start.py" />
      <source>Today's second copy was not made: {reason}</source>
      <translation>今天的第二份备份没有做成：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>VIP tiers</source>
      <translation>会员等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Who brings the sales</source>
      <translation>谁带来了销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Your shop</source>
      <translation>您的店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/day_start.py" />
      <source>it could not be written to {folder}.</source>
      <translation>无法写入 {folder}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought</source>
      <translation>的买家介绍了购买的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought, against a goal of {goal}%</source>
      <translation>的买家介绍了购买的朋友，目标为 {goal}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought: the goal of {goal}% is met</source>
      <translation>的买家介绍了购买的朋友：已达到 {goal}% 的目标</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of the year's buyers ({n} of {buyers}) bring {share} of its sales</source>
      <translation>的年度买家（{buyers} 位中的 {n} 位）贡献了 {share} 的销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of the year's buyers bring 80% of its sales</source>
      <translation>的年度买家贡献了 80% 的销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/safekeeping.py" />
      <source>the owner</source>
      <translation>店主</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/shop/protection.py" />
      <source>{n} backups in {folder} are still plain: names, phones and addresses can be read in them. The new backups are protected. Delete the plain ones once you have checked the protected shop, or keep them somewhere safe.</source>
      <translation>
        <numerusform>{folder} 中有 {n} 个备份仍未加密：其中的姓名、电话和地址都能被读出。新的备份都会加密。确认加密后的店铺数据无误后，请删除这些未加密的备份，或把它们存放在安全的地方。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/shop/protection.py" />
      <source>{n} backups stay protected: they open with the owner's password or the recovery code of their time, with the .keys file beside each.</source>
      <translation>
        <numerusform>{n} 个备份仍保持加密：要用当时的店主密码或恢复码，并且旁边要有各自的 .keys 文件，才能打开。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>{n} backups, {size} in all</source>
      <translation>
        <numerusform>共 {n} 个备份，{size}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} birthdays this week</source>
      <translation>
        <numerusform>本周 {n} 人过生日</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/customer_list_dialog.py" />
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} 位顾客</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} sales</source>
      <translation>
        <numerusform>{n} 笔销售</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{sales} to {buyers}</source>
      <translation>{sales}，{buyers}</translation>
    </message>
  </context>
  <context>
    <name>shopcrm</name>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Customers</source>
      <translation>顾客(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Shop</source>
      <translation>店铺(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>About shopcrm</source>
      <translation>关于 shopcrm</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Audit trail…</source>
      <translation>操作记录…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Backup restored</source>
      <translation>备份已恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Backups…</source>
      <translation>备份…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Bonus given</source>
      <translation>赠送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Clerk: {name}</source>
      <translation>店员：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>Close a card or a dialog</source>
      <translation>关闭档案或对话框</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Customers</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Database: {path}</source>
      <translation>数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Events</source>
      <translation>会员活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Every VIP with tier, clerk, this month's and all-time spending, next month's birthdays, tier changes and a summary, as an Excel workbook.</source>
      <translation>所有VIP的等级、负责导购、本月及累计消费、下月生日、等级变动和汇总，导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Export customers (this list)…</source>
      <translation>导出顾客（当前列表）…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Exported: {path}</source>
      <translation>已导出：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Find customer</source>
      <translation>查找顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Follow-up rules and messages…</source>
      <translation>回访规则和短信库…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Font size</source>
      <translation>字号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>From the search box into the list</source>
      <translation>从搜索框进入列表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: backing up…</source>
      <translation>正在准备今天：备份中…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: points, tiers and statuses…</source>
      <translation>正在准备今天：积分、等级和状态…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: today's follow-ups…</source>
      <translation>正在准备今天：今日回访…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Guide</source>
      <translation>使用指南</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Import customers…</source>
      <translation>导入顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>In the list: open the card of the customer chosen</source>
      <translation>在列表里：打开选中顾客的档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>In the search box: open the customer's card when there is one best match</source>
      <translation>在搜索框里：只有一位最佳匹配时，直接打开该顾客的档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>Keyboard shortcuts</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Keyboard shortcuts…</source>
      <translation>快捷键…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Merge two customers…</source>
      <translation>合并两位顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Merged.</source>
      <translation>已合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Monthly VIP list…</source>
      <translation>每月VIP名单…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>New customer…</source>
      <translation>新顾客…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>No second copy today</source>
      <translation>今天没有第二份备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Open card</source>
      <translation>打开档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Owner: {name}</source>
      <translation>店主：{name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Paid in</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Points, referrals and lifecycle…</source>
      <translation>积分、转介绍和顾客状态…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Print the monthly VIP list…</source>
      <translation>打印每月会员名单…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Protect the database with my password…</source>
      <translation>用我的密码加密保护数据库…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Protection of the database</source>
      <translation>数据库加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Record sale…</source>
      <translation>记录销售…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Refunded</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/reports_page.py" />
      <source>Reports for the owner</source>
      <translation>店长报表</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Restore that backup</source>
      <translation>恢复这份备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Sale recorded.</source>
      <translation>销售已记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Save an import template…</source>
      <translation>保存导入模板…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Select exactly two customers to merge.</source>
      <translation>请选中两位顾客再合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Shop at a glance</source>
      <translation>经营概况</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Shop toolbar</source>
      <translation>店铺工具栏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Sign-in and privacy</source>
      <translation>登录与隐私</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <location filename="../../shopcrm/ui/operations.py" />
      <source>Something went wrong</source>
      <translation>出了点问题</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Spent</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Staff…</source>
      <translation>员工…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Stored value and gifts</source>
      <translation>储值和礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Stored value and gifts…</source>
      <translation>储值和礼品…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Switch clerk…</source>
      <translation>切换店员…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Take the protection off…</source>
      <translation>取消加密保护…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>That was not done</source>
      <translation>这一步没有完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The backup is in place. The damaged file is kept in {path}: what was recorded after the backup was made is in it.</source>
      <translation>备份已恢复。损坏的文件保存在 {path}：备份之后记录的内容在那个文件里。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The backup is in place. The shop as it was before is kept in {path}: restore that file to undo this.</source>
      <translation>备份已恢复。恢复前的店铺数据保存在 {path}：如需撤销，恢复这个文件即可。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The database and its backups are encrypted with the owner's password: a copy of the file cannot be read without it or the recovery code.</source>
      <translation>数据库及其备份已用店主密码加密：没有店主密码或恢复码，复制走的文件也无法读取。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The database is a plain file: whoever copies it can read the names, phones and addresses in it.</source>
      <translation>数据库是未加密的文件：任何人复制走它，都能读出其中的姓名、电话和地址。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>The day is ready: today's backup is made and the follow-ups are planned.</source>
      <translation>今天已准备好：今日备份已完成，回访已安排。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>The day's start did not finish</source>
      <translation>今天的开店准备没有完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <location filename="../../shopcrm/ui/operations.py" />
      <source>The last action did not complete; your saved data is safe.
Details were written to {path}.</source>
      <translation>刚才的操作没有完成；已保存的数据是安全的。
详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The new language and font show at the next start: work is open in another window.</source>
      <translation>新的语言和字号将在下次启动时生效：另一个窗口里还有未完成的工作。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The owner's password of the shop in that backup:</source>
      <translation>那份备份中店铺的店主密码：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The profiles the customer list shows now, with its filters, as an Excel workbook.</source>
      <translation>按当前筛选条件，把顾客列表中的档案导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The same list on A4 across, to print or save as PDF.</source>
      <translation>同一份名单，A4 横向，可以打印或另存为 PDF。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The shop</source>
      <translation>店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The shop's database is damaged</source>
      <translation>店铺数据库已损坏</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The tiers, what each requires and its benefits, to print or save for customers.</source>
      <translation>各会员等级的条件和权益，可打印或保存给顾客看。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>This computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>This guide, at the part about the window in front</source>
      <translation>打开本指南中关于当前窗口的部分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Today's follow-ups</source>
      <translation>今日回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Trash…</source>
      <translation>回收站…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>VIP rules page…</source>
      <translation>VIP规则页…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>VIP tiers…</source>
      <translation>VIP等级…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Vouchers, stored value and receipts</source>
      <translation>优惠券、储值和小票</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>What the shop holds in customers' balances, the last twelve months' top-ups, spending and refunds, and this month's gifts.</source>
      <translation>顾客储值余额合计，近 12 个月的充值、消费和退款，以及本月礼品支出。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>shopcrm guide</source>
      <translation>shopcrm 使用指南</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</source>
      <translation>shopcrm 帮您维护老顾客：档案、VIP等级、销售和关怀，数据只保存在这台电脑上。
数据库：{path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>shopcrm — customer care</source>
      <translation>shopcrm — 老顾客维护</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} 位顾客</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>spreadsheets</name>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>(add to the notes as “{header}: …”)</source>
      <translation>（作为“{header}：……”加入备注）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>(ignore)</source>
      <translation>（忽略）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A clerk's name has at most 50 characters.</source>
      <translation>导购姓名最多 50 个字符。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A customer with this phone asked the shop to erase their data. Add them again only if they agree: by hand, at the counter.</source>
      <translation>使用这个手机号的顾客曾要求本店删除个人资料。只有在顾客同意后，才能在柜台手工重新登记。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>A row whose phone (or customer number) is already known never becomes a second customer. What should it do?</source>
      <translation>手机号（或顾客编号）已存在的行不会变成第二位顾客。这样的行该怎么处理？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A total or footer row, not a customer: left out.</source>
      <translation>这是合计或表尾行，不是顾客：未导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>All rows go in together, or none: Cancel leaves the shop as it was.</source>
      <translation>所有行要么一起导入，要么都不导入：取消后店里的数据保持原样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Also look at: rows imported with a warning, totals left out, repeated rows:</source>
      <translation>另请查看：带提醒导入的行、未导入的合计行、重复的行：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>An Excel (.xlsx, .xlsm) or CSV file with one customer per row.</source>
      <translation>Excel（.xlsx、.xlsm）或 CSV 文件，每行一位顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>An age of {age} cannot be right.</source>
      <translation>年龄 {age} 不可能正确。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Cancel import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Cannot open {file}: {reason}</source>
      <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>Cannot replace {file}: close it in Excel or WPS and try again.</source>
      <translation>无法替换 {file}：请在 Excel 或 WPS 中关闭它后重试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</source>
      <translation>无法识别 {file} 的文字编码：请另存为 UTF-8 CSV。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
      <translation>无法写入 {folder}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Check the columns</source>
      <translation>核对各列</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Choose at least the column with the name or the phone.</source>
      <translation>请至少选择姓名列或手机列。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Choose skip, fill or overwrite for duplicates.</source>
      <translation>重复的顾客请选择：跳过、补全或覆盖。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Choose the spreadsheet</source>
      <translation>选择表格文件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Customers already in the shop</source>
      <translation>店里已有的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Each column of the file goes into the field chosen beside it, or is ignored.</source>
      <translation>文件的每一列导入到旁边所选的字段，或者忽略。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Each field can take one column only: {fields}.</source>
      <translation>每个字段只能对应一列：{fields}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Export customer profiles</source>
      <translation>导出顾客档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Fill in only the fields that are still empty</source>
      <translation>只补全仍为空的字段</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Import cancelled: nothing was written.</source>
      <translation>导入已取消：没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import customers</source>
      <translation>导入顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Month:</source>
      <translation>月份：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Monthly VIP list</source>
      <translation>每月VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>New clerks: {names}.</source>
      <translation>新增导购：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>No customer has this number or phone: import the referrer first, or clear the cell.</source>
      <translation>没有顾客是这个编号或手机号：请先导入介绍人，或清空这一格。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</source>
      <translation>在 {file} 的“{sheet}”中找不到表头：前几行应写明各列名称，至少要有“姓名”或“手机”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Nothing has been written yet.</source>
      <translation>尚未写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Nothing was imported</source>
      <translation>没有导入任何数据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Overwrite the customer's fields with the file's values (empty cells change nothing)</source>
      <translation>用文件中的内容覆盖顾客资料（空格不改动）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Rejected rows saved to {path}: fix them and import that file.</source>
      <translation>未导入的行已保存到 {path}：修改后导入该文件即可。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Repeats row {row}: merged into it.</source>
      <translation>与第 {row} 行重复：已合并到该行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Repeats row {row}: skipped.</source>
      <translation>与第 {row} 行重复：已跳过。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Rows that will not be imported, and why:</source>
      <translation>不会导入的行及原因：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Save the import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Save the monthly VIP list</source>
      <translation>保存每月VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save the rejected rows</source>
      <translation>保存未导入的行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save the rejected rows…</source>
      <translation>保存未导入的行…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save this mapping for next time</source>
      <translation>保存这次的对应关系，下次沿用</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Several sheets hold customer lists ({names}): choose one.</source>
      <translation>多个工作表都有顾客名单（{names}）：请选择一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Several sheets hold customers; import:</source>
      <translation>多个工作表都有顾客，导入：</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</source>
      <translation>工作表“{sheet}”的数据一直延伸到第 {columns} 列、第 {rows} 行，远超顾客名单的范围。请删除表格之后的行和列，保存后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Sheet “{sheet}” has {count} cells far from the table (the first is {cell}), after many empty rows or columns. Move them into the table or delete them, save, and import again.</source>
      <translation>工作表“{sheet}”有 {count} 个单元格离表格很远（第一个是 {cell}），隔着许多空行或空列。请把它们移进表格或删除，保存后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Sheet “{sheet}”: the column names are in row {row}.</source>
      <translation>工作表“{sheet}”：列名在第 {row} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Sheet “{sheet}”: the column names are in rows {first} and {last}.</source>
      <translation>工作表“{sheet}”：列名在第 {first} 和第 {last} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Skip it: keep the customer as is</source>
      <translation>跳过：保持顾客资料不变</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Someone changed the customers while the import was running (a phone is now taken). Nothing was imported: run the import again.</source>
      <translation>导入期间有人改了顾客资料（某个手机号已被占用）。没有导入任何内容：请重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
      <translation>电子表格 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The column names in “{sheet}” take two rows ({first} and {last}), and no column of them is the customer's name. Call that column 姓名 (name) in row {last} and import again.</source>
      <translation>“{sheet}”的列名占两行（第 {first} 和第 {last} 行），其中没有顾客姓名这一列。请在第 {last} 行把该列命名为“姓名”，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>The folder {folder} does not exist; choose a folder that does.</source>
      <translation>文件夹 {folder} 不存在；请选一个存在的文件夹。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>The import stopped on an unexpected error; nothing was written.</source>
      <translation>导入因意外错误中止，没有写入任何数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The leading 0 of the area code was missing (Excel drops it when the cell is a number): read as {phone}. Check it.</source>
      <translation>区号开头的 0 不见了（单元格是数字格式时 Excel 会去掉它）：已按 {phone} 读入，请核对。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The leading 0 of the area code was missing (the cell is a number); with it this is {phone}, which another row or customer already has. Check the number and type it as text, e.g. 010-87654321.</source>
      <translation>区号开头的 0 不见了（单元格是数字格式）；补上后是 {phone}，而别的行或顾客已经用了这个号码。请核对号码，并以文本格式输入，例如 010-87654321。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>There is no sheet “{sheet}”; the sheets are: {names}.</source>
      <translation>没有名为“{sheet}”的工作表；现有工作表：{names}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This cell is far from the table, after many empty rows or columns, and was not read. If it belongs to a customer, move it into the table and import again.</source>
      <translation>这个单元格离表格很远（隔着许多空行或空列），没有读入。如果它属于某位顾客，请把它移进表格后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This customer asked the shop to erase their data: an import never fills the record in again.</source>
      <translation>这位顾客已要求本店删除个人信息：导入永远不会再把信息填回这份档案。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This phone belongs to another customer than number {number}.</source>
      <translation>这个手机号属于另一位顾客，不是编号 {number}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Too many numbers in one cell: keep one or two.</source>
      <translation>一格里的号码太多：最多保留两个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Type a name: a new customer needs one.</source>
      <translation>请填写姓名：新顾客必须有姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Value</source>
      <translation>内容</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{added} customers added, {updated} updated, {skipped} skipped, {rejected} rows rejected.</source>
      <translation>
        <numerusform>新增顾客 {added} 位，更新 {updated} 位，跳过 {skipped} 行，拒绝 {rejected} 行。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{added} to add, {updated} to update, {skipped} to skip, {rejected} rejected.</source>
      <translation>将新增 {added} 位，更新 {updated} 位，跳过 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</source>
      <translation>{file} 含有 Excel 从不写入的 XML 声明，可能有害，已拒绝打开。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</source>
      <translation>{file} 是旧版 Excel 文件（.xls）或设有密码。请用 Excel 或 WPS 打开，去掉密码，另存为 .xlsx 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</source>
      <translation>{file} 已损坏或不完整（可能复制时中断了）。请用 Excel 或 WPS 打开，重新另存为 .xlsx 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is larger than {mb} MB: split it into smaller files.</source>
      <translation>{file} 超过 {mb} MB：请拆分成几个较小的文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是电子表格（可能被改过扩展名或已损坏）。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是文本表格。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} 不是 Excel 工作簿（可能是改了扩展名的文档）。请把顾客名单另存为 .xlsx 或 .csv 后导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</source>
      <translation>{file} 解压后的数据远超电子表格应有的大小，已拒绝打开。请用 Excel 或 WPS 重新保存顾客名单。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file}, line {line}: {reason}. Fix that line and import again.</source>
      <translation>{file} 第 {line} 行：{reason}。请修改这一行后重新导入。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{month}/{day} is not a day of the year: write the month, then the day.</source>
      <translation>{month}/{day} 不是一年中的日子：请先写月，再写日。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} rows left out as totals or footers.</source>
      <translation>
        <numerusform>{n} 行是合计或表尾，未导入。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} rows repeat an earlier row of the file.</source>
      <translation>
        <numerusform>{n} 行与文件中前面的行重复。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} warnings to check.</source>
      <translation>
        <numerusform>{n} 条提醒需要核对。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>{path} is a folder; give the workbook a file name in it.</source>
      <translation>{path} 是文件夹；请在里面给表格起一个文件名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} is not a date: write it as 1990-05-03.</source>
      <translation>{value} 不是日期：请写成 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} is not a phone number: it has a fraction.</source>
      <translation>{value} 不是电话号码：它带有小数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</source>
      <translation>{value} 看起来被 Excel 四舍五入了（以 00000 结尾）：请以文本格式填写完整号码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</source>
      <translation>{value}：Excel 用科学计数法显示了这个号码，末尾几位已经丢失。请填写完整号码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</source>
      <translation>{year}-{month:02d}-{day:02d} 这一天不存在：请检查月和日。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>“{column}” is a formula that was never calculated: open the file in Excel or WPS and save it, or paste values.</source>
      <translation>“{column}”是一个从未计算过的公式：请用 Excel 或 WPS 打开文件并保存，或者粘贴为数值。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</source>
      <translation>“{value}”缺少日：请写完整生日，例如 1990-05-03。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</source>
      <translation>“{value}”无法识别为日期：请写成 1990-05-03、1990年5月3日 或 5月3日。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a lunar day such as 初八 or 廿三.</source>
      <translation>“{value}”不是农历日子，应写成初八、廿三这样。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a number.</source>
      <translation>“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a year.</source>
      <translation>“{value}”不是年份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}”不在可选值中：{choices}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}”: write 是 or 否 (yes or no).</source>
      <translation>“{value}”：请填写“是”或“否”。</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>4 to 6 digits</source>
      <translation>4 到 6 位数字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>A PIN is 4 to 6 digits.</source>
      <translation>PIN 是 4 到 6 位数字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Active</source>
      <translation>在职</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Add a clerk</source>
      <translation>添加店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Add clerk…</source>
      <translation>添加店员…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Audit trail</source>
      <translation>操作记录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Back from the trash</source>
      <translation>从回收站恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Balance corrected</source>
      <translation>更正储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Balance refunded</source>
      <translation>退还储值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Can sign in</source>
      <translation>可以登录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Choose someone else to take over the customers.</source>
      <translation>请选择另一个人接手这些顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Choose someone who still works in the shop.</source>
      <translation>请选择仍在店里工作的人。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Clerk</source>
      <translation>店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Clerk added</source>
      <translation>新增店员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Clerk deactivated</source>
      <translation>店员已停用</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Customer</source>
      <translation>顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Customer added</source>
      <translation>新增顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Customer's record exported</source>
      <translation>导出顾客的全部资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Database protected with the owner's password</source>
      <translation>数据库已用店主密码加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Database protection removed</source>
      <translation>已取消数据库加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate {name}</source>
      <translation>停用 {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Detail</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Erased</source>
      <translation>已删除资料</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event cancelled</source>
      <translation>取消活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event changed</source>
      <translation>修改活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event planned</source>
      <translation>安排活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Finish</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Forgot the password</source>
      <translation>忘记密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Forgot the password?</source>
      <translation>忘记密码？</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>From</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Gift cancelled</source>
      <translation>取消礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Gift given</source>
      <translation>赠送礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Guests invited</source>
      <translation>邀请嘉宾</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>I have written it down</source>
      <translation>我已经抄下来了</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Left</source>
      <translation>已离职</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Left on {date}</source>
      <translation>{date} 离职</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Lifecycle status set</source>
      <translation>设定顾客状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Locked by {name}. Sign in to go on.</source>
      <translation>{name} 锁定了柜台。请登录后继续。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Merge undone</source>
      <translation>撤销合并</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Moved to the trash</source>
      <translation>移入回收站</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN</source>
      <translation>新 PIN</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN for {name}</source>
      <translation>{name} 的新 PIN</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN…</source>
      <translation>新 PIN…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New name</source>
      <translation>新名字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>No such member of staff.</source>
      <translation>没有这位员工。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can add, rename or deactivate clerks.</source>
      <translation>只有店主可以添加、改名或停用店员。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can change the shop's rules and settings.</source>
      <translation>只有店主可以修改店铺的规则和设置。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can copy the database to a folder of their choice.</source>
      <translation>只有店主可以把数据库复制到自选的位置。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can delete customers or bring them back from the trash.</source>
      <translation>只有店主可以删除顾客或从回收站恢复。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can edit the standard replies and the messages.</source>
      <translation>只有店主可以编辑标准回复和话术。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can erase a customer's personal data.</source>
      <translation>只有店主可以删除顾客的个人资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can export customer data.</source>
      <translation>只有店主可以导出顾客资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can export everything kept about a customer.</source>
      <translation>只有店主可以导出一位顾客的全部资料。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can give or cancel gifts by hand.</source>
      <translation>只有店主可以手动赠送或取消礼品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can give or cancel vouchers by hand.</source>
      <translation>只有店主可以手动发放或作废优惠券。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can import customers from a spreadsheet.</source>
      <translation>只有店主可以从表格导入顾客。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can merge customers or undo a merge.</source>
      <translation>只有店主可以合并顾客或撤销合并。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can plan, change or cancel events and choose guests.</source>
      <translation>只有店主可以安排、修改或取消活动，以及挑选嘉宾。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can read the audit trail.</source>
      <translation>只有店主可以查看操作记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can read what the shop holds in stored value and spends on gifts.</source>
      <translation>只有店主可以查看储值余额和礼品支出。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can refund or correct a customer's balance.</source>
      <translation>只有店主可以退还或更正顾客的储值。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can restore the database from a backup.</source>
      <translation>只有店主可以从备份恢复数据库。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can see the shop's figures.</source>
      <translation>只有店主可以查看店铺的经营数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner password changed</source>
      <translation>店主密码已修改</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner password reset</source>
      <translation>店主密码已重设</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner set up</source>
      <translation>设定店主</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Owner's password</source>
      <translation>店主密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>PIN again</source>
      <translation>再输一次 PIN</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Password again</source>
      <translation>再输一次密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Password or recovery code</source>
      <translation>密码或恢复码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Phone number shown</source>
      <translation>查看了完整手机号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Printed</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Profile changed</source>
      <translation>修改档案</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Protect</source>
      <translation>加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Protect the database</source>
      <translation>加密保护数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Recovery code</source>
      <translation>恢复码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Referrer recorded</source>
      <translation>记录介绍人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Rename {name}</source>
      <translation>给 {name} 改名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Renamed</source>
      <translation>改名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Rename…</source>
      <translation>改名…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Set the new password</source>
      <translation>设定新密码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Set up</source>
      <translation>设定</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Set up the shop</source>
      <translation>设定店铺</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Settings changed</source>
      <translation>设置已修改</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/counter_lock.py" />
      <source>Sign in…</source>
      <translation>登录…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Signed in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Take the protection off</source>
      <translation>取消加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Takes over</source>
      <translation>接手人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That PIN is not right.</source>
      <translation>PIN 不对。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That is not the recovery code written down at setup.</source>
      <translation>这不是设定时抄下的恢复码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That password is not right.</source>
      <translation>密码不对。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/counter_lock.py" />
      <source>The counter is locked.</source>
      <translation>柜台已锁定。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The database and its new backups are encrypted with your password: whoever copies the file cannot read the names, phones and addresses in it. Each start of shopcrm then asks for your password or the recovery code. If both are lost, nobody can open the data again. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</source>
      <translation>数据库及其今后的备份将用您的密码加密：任何人复制走文件，都读不出其中的姓名、电话和地址。此后每次启动 shopcrm 都要输入您的密码或恢复码。两者都丢失的话，谁也无法再打开这些数据。开始前会先做一个备份；制作加密副本期间（大店需要一两分钟），收银台无法保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The database becomes a plain file again: whoever copies it can read the names, phones and addresses in it. The backups made while it was protected stay protected. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</source>
      <translation>数据库将重新成为未加密的文件：任何人复制走它，都能读出其中的姓名、电话和地址。加密期间做的备份仍保持加密。开始前会先做一个备份；制作副本期间（大店需要一两分钟），收银台无法保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>The newest {n} entries are shown: narrow the filters to see older ones.</source>
      <translation>只显示最新的 {n} 条：缩小筛选范围可看到更早的记录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The owner cannot be deactivated.</source>
      <translation>店主不能停用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The owner signs in with a password, not a PIN.</source>
      <translation>店主用密码登录，不用 PIN。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>The password is changed. Sign in with the new one.</source>
      <translation>密码已修改。请用新密码登录。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>The password needs at least {n} characters.</source>
      <translation>
        <numerusform>密码至少需要 {n} 个字符。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>The password protects exports, restores and the shop's settings.</source>
      <translation>这个密码保护导出、恢复和店铺设置。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>The present password is not right.</source>
      <translation>当前密码不对。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The shop is protected</source>
      <translation>本店数据已加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The shop's database {path} is protected with the owner's password. Type the owner's password, or the recovery code written down at setup.</source>
      <translation>本店数据库 {path} 已用店主密码加密保护。请输入店主密码，或开店设置时抄下的恢复码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The two PINs are not the same. Type the same one twice.</source>
      <translation>两次输入的 PIN 不一样。请输入同一个 PIN 两次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>The two passwords are not the same. Type the same one twice.</source>
      <translation>两次输入的密码不一样。请输入同一个密码两次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/roster.py" />
      <source>There is already a clerk called {name}.</source>
      <translation>已经有一位叫 {name} 的导购。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>There is already someone called {name}.</source>
      <translation>已经有人叫 {name} 了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>This is the recovery code. Write it down on paper and keep it away from this PC. If the password is ever forgotten, it is the only way to set a new one. It is shown only this once.</source>
      <translation>这是恢复码。请抄在纸上，不要和这台电脑放在一起。忘记密码时，这是重设密码的唯一办法。它只显示这一次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>This shop already has an owner.</source>
      <translation>这家店已经有店主了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>To</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Too many wrong tries: wait {time}, then try again.</source>
      <translation>错误次数太多：请等 {time} 后再试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/roster.py" />
      <source>Type the clerk's name.</source>
      <translation>请输入导购的姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Type the name.</source>
      <translation>请输入姓名。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Type the owner's password or the recovery code.</source>
      <translation>请输入店主密码或恢复码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type the password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type the recovery code written down when the shop was set up, and a new password.</source>
      <translation>请输入设定店铺时抄下的恢复码，以及新密码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type your PIN.</source>
      <translation>请输入您的 PIN。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Type your password.</source>
      <translation>请输入您的密码。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>VIP rules changed</source>
      <translation>会员规则变更</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Voucher cancelled</source>
      <translation>作废优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Voucher given</source>
      <translation>发放优惠券</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Wait {time} before the next try.</source>
      <translation>请等 {time} 再试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Welcome. This shop has no owner yet: that is you. You sign in with a password; the clerks you add sign in with a PIN.</source>
      <translation>欢迎。这家店还没有店主：就是您。您用密码登录；您添加的店员用 PIN 登录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Wrong PIN or password</source>
      <translation>PIN 或密码错误</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Your password</source>
      <translation>您的密码</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>at least {n} characters</source>
      <translation>
        <numerusform>至少 {n} 个字符</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>with the recovery code</source>
      <translation>用恢复码</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{file}, by {by}</source>
      <translation>{file}，由 {by} 操作</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{file}: {added} added, {updated} updated</source>
      <translation>{file}：新增 {added} 位，更新 {updated} 位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} can sign in now with the new PIN.</source>
      <translation>{name} 现在可以用新的 PIN 登录了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{name} cannot sign in here.</source>
      <translation>{name} 不能在这里登录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} has left already.</source>
      <translation>{name} 已经离职。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} is deactivated: {customers} and {follow_ups} went to {successor}.</source>
      <translation>{name} 已停用：{customers} 和 {follow_ups} 已交给 {successor}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} signs in with the new PIN now.</source>
      <translation>{name} 现在用新的 PIN 登录。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} will no longer be able to sign in. The {customers} and {follow_ups} move to {successor}. Sales, contacts and the audit trail keep the name.</source>
      <translation>{name} 将不能再登录。名下的 {customers} 和 {follow_ups} 交给 {successor}。销售、联系记录和操作记录中仍保留其名字。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{name}: {customers} and {tasks} to {successor}</source>
      <translation>{name}：{customers}和{tasks}交给 {successor}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} 位顾客</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>{n} entries</source>
      <translation>
        <numerusform>{n} 条记录</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{n} minutes</source>
      <translation>
        <numerusform>{n} 分钟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{n} open follow-ups</source>
      <translation>
        <numerusform>{n} 条未完成的回访</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{n} seconds</source>
      <translation>
        <numerusform>{n} 秒</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{old} is now called {new}.</source>
      <translation>{old} 现在叫 {new}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{title}: {n} invited</source>
      <translation>{title}：邀请了 {n} 位</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{what}: {rows} rows</source>
      <translation>{what}：{rows} 行</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{what}: {rows} rows to {file}</source>
      <translation>{what}：{rows} 行，写入 {file}</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>58 mm receipt printer</source>
      <translation>58 毫米小票打印机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>80 mm receipt printer</source>
      <translation>80 毫米小票打印机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A customer goes down a tier</source>
      <translation>降级规则</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A sale from (¥) gets a call</source>
      <translation>单笔消费达到（元）即回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A top-up of {amount} is given twice.</source>
      <translation>充值 {amount} 这一档写了两次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A4 sheet</source>
      <translation>A4 纸</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A5 sheet</source>
      <translation>A5 纸</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>Another program is writing to the shop just now (a second shopcrm window, or an import). Nothing was lost: what you typed is still here. Try again in a moment.</source>
      <translation>另一个程序正在写入店铺数据（另一个 shopcrm 窗口或正在导入）。什么都没有丢：您输入的内容还在。请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>As soon as the customer no longer qualifies</source>
      <translation>一旦不再符合条件</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the end of the year after they were earned</source>
      <translation>获得次年年底</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the end of the year they were earned</source>
      <translation>获得当年年底</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the yearly review</source>
      <translation>每年复核时</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Birthday gift from tier</source>
      <translation>送生日礼物的最低等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Birthday parties: only customers who accept promotions</source>
      <translation>生日会：只邀请接受促销信息的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Call a referred friend within (days)</source>
      <translation>几天内回访被介绍的朋友</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Call after (days)</source>
      <translation>几天后回访</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>Choose another file: that one is the database itself.</source>
      <translation>请选择其他文件：该文件就是当前数据库本身。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Choose one of the choices offered.</source>
      <translation>请从给出的选项中选一个。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Clerks see only their own customers' full phone numbers</source>
      <translation>店员只能看到自己负责顾客的完整手机号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Clothing shop</source>
      <translation>服装店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Customers can top up</source>
      <translation>顾客可以充值（储值）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Customers qualify by</source>
      <translation>等级依据</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Daily backups kept</source>
      <translation>每日备份保留份数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Days a voucher given by a rule is valid</source>
      <translation>规则发放的优惠券有效天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Days from the result to the follow-up call</source>
      <translation>从处理结果到回访的天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>December visits to the top</source>
      <translation>十二月拜访前几名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Dormant after days without a purchase</source>
      <translation>多少天未购买算休眠</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Festival greetings one by one from tier</source>
      <translation>节日问候逐一发送的起始等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Follow-ups per clerk a day (0: no limit)</source>
      <translation>每位导购每天的回访数（0：不限）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Forget visitors who never bought after days (0: never)</source>
      <translation>从未购买的访客多少天后删除（0：永不）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Friend's first-purchase extra %</source>
      <translation>朋友首次购买额外折扣 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture shop</source>
      <translation>家具店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: days 15 to 30</source>
      <translation>家具：第 15–30 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: days 5 to 15</source>
      <translation>家具：第 5–15 天</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: the next day</source>
      <translation>家具：成交次日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gift budget (¥)</source>
      <translation>礼物预算（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gift for the referrer</source>
      <translation>推荐人得礼品</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gifts a month, at most (¥; 0: no budget)</source>
      <translation>每月礼品预算（元；0 为不设）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Grace period</source>
      <translation>宽限期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Kind of shop</source>
      <translation>店铺类型</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Last line of the receipt</source>
      <translation>小票末行文字</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lock the counter after idle minutes (0: never)</source>
      <translation>无操作多少分钟后锁定（0：不锁定）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lost after days without a purchase</source>
      <translation>多少天未购买算流失</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lost must come after dormant: type more days than {n}.</source>
      <translation>流失应在休眠之后：请输入大于 {n} 的天数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Never</source>
      <translation>永不过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Never: a tier once reached is kept</source>
      <translation>永不降级：达到的等级一直保留</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Number of visits</source>
      <translation>到店次数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>On a refund of the balance</source>
      <translation>退还储值时</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Other events: only customers who accept promotions</source>
      <translation>其他活动：只邀请接受促销信息的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Outings: only customers who accept promotions</source>
      <translation>外出活动：只邀请接受促销信息的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points for the referrer</source>
      <translation>推荐人得积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points lapse</source>
      <translation>积分过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points per ¥1 spent</source>
      <translation>每消费 ¥1 得积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Previews: only customers who accept promotions</source>
      <translation>新品品鉴会：只邀请接受促销信息的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Receipt paper</source>
      <translation>小票纸张</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Referral rate goal %</source>
      <translation>转介绍率目标 %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Second copy each day in</source>
      <translation>每天第二份备份存到</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop address</source>
      <translation>店铺地址</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop phone</source>
      <translation>店铺电话</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Spending in the last 12 months</source>
      <translation>近 12 个月消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Still on time for (days)</source>
      <translation>宽限天数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Talks: only customers who accept promotions</source>
      <translation>讲座：只邀请接受促销信息的顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Thank-you letter at spending of (¥)</source>
      <translation>累计消费达到（元）时发感谢信</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>That file is the database itself; choose a backup.</source>
      <translation>该文件就是当前数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>That is neither the owner's password nor the recovery code of this shop. Check the keyboard's language and Caps Lock, and try again.</source>
      <translation>这既不是本店的店主密码，也不是恢复码。请检查输入法和大写锁定键，再试一次。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>The bonus not yet spent is paid out too</source>
      <translation>未用完的赠送金额也一并退还</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>The disk is full, so that was not done and nothing was changed. Free some space (or choose another disk or folder) and try again.</source>
      <translation>磁盘已满，这一步没有完成，也没有改动任何数据。请腾出空间（或换一个磁盘或文件夹）后再试。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The folder for the second copy, {folder}, is not there: plug in the USB stick or the disk, or choose another folder in Backups.</source>
      <translation>存放第二份备份的文件夹 {folder} 不存在：请插上U盘或硬盘，或在“备份”里另选一个文件夹。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>The key file {path} cannot be read ({reason}). Put back a good copy: the .keys file beside the newest backup opens the database too.</source>
      <translation>无法读取密钥文件 {path}（{reason}）。请放回一份完好的副本：最新备份旁边的 .keys 文件也能打开数据库。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>The key file {path} is missing, and without it the protected database beside it cannot be opened. Put the key file back (a backup's .keys file made at the same time opens it too).</source>
      <translation>密钥文件 {path} 不见了，没有它就打不开旁边加密的数据库。请把密钥文件放回去（同一时期备份旁边的 .keys 文件也能打开它）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>The shop is busy with {who}. Nothing was lost: what you typed is still here and is saved as soon as the shop is free.</source>
      <translation>店铺数据正忙于{who}。什么都没有丢：您输入的内容还在，空闲后会马上保存。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>The shop keeps the bonus not yet spent</source>
      <translation>未用完的赠送金额归店里</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The shop's database {path} is damaged ({reason}) and there is no good backup of it. Nothing was changed; copy the file somewhere safe and ask for help before working on.</source>
      <translation>店铺数据库 {path} 已损坏（{reason}），也没有完好的备份。什么都没有改动；请先把这个文件复制到安全的地方，找人帮忙后再继续使用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The shop's database {path} is damaged ({reason}). Nothing was changed. Restore the newest good backup, made {when}: shopcrm restore {backup}</source>
      <translation>店铺数据库 {path} 已损坏（{reason}），什么都没有改动。请恢复最近一份完好的备份（{when} 备份）：shopcrm restore {backup}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/database.py" />
      <source>The shop's database {path} was removed or replaced while shopcrm was open, so nothing more is written to it. What you typed is still on the screen: close shopcrm and start it again; if the file is gone, restore the newest backup.</source>
      <translation>shopcrm 打开期间，店铺数据库 {path} 被删除或替换了，所以不再写入任何内容。您输入的内容还在屏幕上：请关闭 shopcrm 再重新打开；如果文件不见了，请恢复最近的备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/database.py" />
      <source>There is no shop database at {path}. Check the path given with --db, or start a shop with `demo` or `import`.</source>
      <translation>{path} 没有店铺数据库。请检查 --db 给出的路径，或用 `demo` 或 `import` 建立店铺。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/encryption.py" />
      <source>This shop is protected, and opening it needs SQLCipher (the sqlcipher3 package), which is missing from this installation. Install shopcrm again.</source>
      <translation>本店数据已加密保护，打开它需要 SQLCipher（sqlcipher3 软件包），但本次安装中缺少它。请重新安装 shopcrm。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Top-up bonus (top-up:bonus, e.g. 500:50, 1000:150)</source>
      <translation>充值赠送（如 500:50, 1000:150）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Total spending</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>VIP events a year, at least</source>
      <translation>每年至少举办的会员活动场数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Visits that make a regular</source>
      <translation>到店几次算老顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Voucher for the referrer (¥)</source>
      <translation>推荐人得代金券（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Vouchers one sale can take</source>
      <translation>每笔销售可用优惠券张数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Worth of one point (¥)</source>
      <translation>1 积分抵扣（元）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Write each step as top-up:bonus, e.g. 500:50, 1000:150.</source>
      <translation>每一档写成 充值:赠送，例如 500:50, 1000:150。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Write the day as month-day, e.g. 01-01.</source>
      <translation>请按“月-日”填写日期，例如 01-01。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Yearly review on</source>
      <translation>年度复核日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>an import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>protecting the database with the owner's password</source>
      <translation>用店主密码加密保护数据库</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>shopcrm may not write to {path}: it or its folder is read-only for this user. Nothing was changed; choose another place, or ask for the folder to be made writable.</source>
      <translation>shopcrm 无法写入 {path}：该文件或其文件夹对当前用户是只读的。没有改动任何数据；请换一个位置，或请人把文件夹设为可写。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>taking the protection off the database</source>
      <translation>取消数据库的加密保护</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>the daily loyalty catch-up</source>
      <translation>每日会员数据更新</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>the planning of the follow-ups</source>
      <translation>回访计划的安排</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} already exists and is not a shopcrm backup; nothing was written. Choose another name, or replace it on purpose with --force.</source>
      <translation>{path} 已存在，而且不是 shopcrm 备份；没有写入任何内容。请换一个文件名，或确定要替换时加 --force。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} belongs to another program, not shopcrm; nothing was changed.</source>
      <translation>{path} 属于其他程序，不是 shopcrm 的数据库；未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} cannot be read ({reason}). Restore a backup.</source>
      <translation>无法读取 {path}（{reason}）。请恢复一个备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} cannot be read with the key file beside it ({reason}): the file is damaged, or the key file belongs to another copy. Restore a backup.</source>
      <translation>用旁边的密钥文件无法读取 {path}（{reason}）：文件已损坏，或者密钥文件属于另一个副本。请恢复一个备份。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} has {count} broken links between records; choose another backup.</source>
      <translation>
        <numerusform>{path} 中有 {count} 处记录之间的关联已损坏；请选择其他备份。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} holds no shop data.</source>
      <translation>{path} 中没有店铺数据。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} is damaged ({reason}); choose another backup.</source>
      <translation>{path} 已损坏（{reason}）；请选择其他备份。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is not a file; choose a file for the shop's database.</source>
      <translation>{path} 不是文件；请为店铺数据库选一个文件。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} is not a plain file; choose a file name or a folder for the backup.</source>
      <translation>{path} 不是普通文件；请为备份选一个文件名或文件夹。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is not a shopcrm database (not an SQLite file). If it is a protected shop, put its key file {keys} back beside it.</source>
      <translation>{path} 不是 shopcrm 数据库（不是 SQLite 文件）。如果它是加密保护的店铺数据，请把它的密钥文件 {keys} 放回它旁边。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/encryption.py" />
      <source>{path} is protected with the owner's password. It opens once the owner's password or the recovery code of its time is given.</source>
      <translation>{path} 已用店主密码加密保护。输入当时的店主密码或恢复码后才能打开。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</source>
      <translation>{path} 由更新版本的 shopcrm 写入（数据版本 {found}，本程序支持 {known}）。请升级 shopcrm 后再打开；未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>{step}: the bonus must be more than 0 and less than the top-up.</source>
      <translation>{step}：赠送金额须大于 0 且小于充值金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>{what}, started {time}</source>
      <translation>{what}（{time} 开始）</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>{what}, started {time} by {name}</source>
      <translation>{name} 在 {time} 开始的{what}</translation>
    </message>
  </context>
  <context>
    <name>vip_list</name>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>All VIPs</source>
      <translation>VIP合计</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>All customers</source>
      <translation>全部顾客</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthday on</source>
      <translation>生日日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthdays next month</source>
      <translation>下月生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Clerk</source>
      <translation>负责导购</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Customers</source>
      <translation>顾客数</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>From tier</source>
      <translation>原等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Last visit</source>
      <translation>最近到店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lost VIPs previous month</source>
      <translation>上月流失VIP</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lost VIPs this month</source>
      <translation>本月流失VIP</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lunar</source>
      <translation>农历</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>New VIPs previous month</source>
      <translation>上月新增VIP</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>New VIPs this month</source>
      <translation>本月新增VIP</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Sales previous month</source>
      <translation>上月销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Sales this month</source>
      <translation>本月销售额</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Spent last 12 months</source>
      <translation>近12个月消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Spent this month</source>
      <translation>本月消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Summary</source>
      <translation>汇总</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Tier changes</source>
      <translation>本月等级变动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>To tier</source>
      <translation>新等级</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Total spent</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>VIP list</source>
      <translation>VIP名单</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Visits this month</source>
      <translation>本月到店</translation>
    </message>
  </context>
  <context>
    <name>wallet</name>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>A return goes back to the balance with “Return this sale” in the purchases.</source>
      <translation>退货退回储值，请在购买记录里用“整单退货”。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Back from a return</source>
      <translation>退货退回</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Bonus kept on a refund</source>
      <translation>退款时扣回赠送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Choose how the customer paid.</source>
      <translation>请选择付款方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Choose how the money goes back to the customer.</source>
      <translation>请选择退款方式。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Corrected</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Expired</source>
      <translation>过期</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Festival</source>
      <translation>节日</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>From the owner</source>
      <translation>店主赠送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Gifts this month: {handed} handed over, {waiting} to hand over</source>
      <translation>本月礼品：已送出 {handed}，待送 {waiting}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Give the voucher an amount off or a per cent off.</source>
      <translation>请给优惠券填减免金额或折扣百分比（二选一）。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Handed over</source>
      <translation>已送出</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>No voucher has the code {code}: check it.</source>
      <translation>没有券号为 {code} 的优惠券：请核对。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Not yet valid</source>
      <translation>未生效</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Only a gift not yet handed over can be cancelled.</source>
      <translation>只有还没送出的礼品才能取消。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/member_card.py" />
      <source>Our shop</source>
      <translation>本店</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Paid a sale</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Referral reward</source>
      <translation>推荐奖励</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Refunded</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say what the gift is.</source>
      <translation>请写明是什么礼品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say why the customer gets the gift.</source>
      <translation>请写明为什么送顾客礼品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say why the gift is cancelled.</source>
      <translation>请写明取消礼品的原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Say why the voucher is cancelled.</source>
      <translation>请写明作废原因。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Say why the voucher is given: the customer may ask.</source>
      <translation>请写明发券原因：顾客可能会问。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Say why: the customer may ask.</source>
      <translation>请写明原因：顾客可能会问。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/member_card.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>该顾客已不存在；请重新搜索。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>That gift no longer exists.</source>
      <translation>这份礼品已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>That voucher no longer exists.</source>
      <translation>这张优惠券已不存在。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is empty: nothing to refund.</source>
      <translation>储值余额为零，没有可退的。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is {held}; pay at most that from it.</source>
      <translation>储值余额是 {held}，最多只能用这么多。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is {held}; take off at most that.</source>
      <translation>储值余额是 {held}，最多只能减这么多。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>The cost cannot be negative.</source>
      <translation>成本不能是负数。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>The last day comes before the first: check the dates.</source>
      <translation>截止日期早于生效日期：请检查日期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The sale is {due}; pay at most that from the balance.</source>
      <translation>这笔销售是 {due}，储值最多付这么多。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The shop holds {held} for {n} customers: {paid} paid in and {bonus} of bonus.</source>
      <translation>
        <numerusform>店里替 {n} 位顾客保管储值 {held}：其中充值本金 {paid}，赠送 {bonus}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The shop takes no top-ups: the owner can turn them on in Settings.</source>
      <translation>本店未开通储值：店主可在“设置”中开通。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>The voucher was used on a sale: return the sale instead.</source>
      <translation>这张优惠券已用在一笔销售上：请改为对那笔销售退货。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>This gift was cancelled.</source>
      <translation>这份礼品已取消。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>This gift was handed over already.</source>
      <translation>这份礼品已经送出了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>To hand over</source>
      <translation>待送</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Top-up</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type a minimum spend from ¥0 to {most}.</source>
      <translation>最低消费请填 ¥0 到 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type a per cent off between 0 and 100.</source>
      <translation>折扣百分比请填 0 到 100 之间。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type an amount of more than ¥0.</source>
      <translation>请输入大于 ¥0 的金额。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type an amount off from ¥0.01 to {most}.</source>
      <translation>减免金额请填 ¥0.01 到 {most}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type how much to add, or take off with a minus sign.</source>
      <translation>请输入增加的金额，减少请加负号。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type the amount from the balance as 0 or more.</source>
      <translation>储值支付金额请填 0 或以上。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} can be used from {day}.</source>
      <translation>优惠券 {code} 从 {day} 起才能用。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} has been used.</source>
      <translation>优惠券 {code} 已经用过了。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} is another customer's.</source>
      <translation>优惠券 {code} 是别的顾客的。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} is for other items than these.</source>
      <translation>优惠券 {code} 不适用于这些商品。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} needs a spend of {least}; this is {base}.</source>
      <translation>优惠券 {code} 需满 {least}，这笔只有 {base}。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} ran out on {day}.</source>
      <translation>优惠券 {code} 已于 {day} 过期。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} takes nothing off a sale this small.</source>
      <translation>优惠券 {code} 在这么小的金额上减不了钱。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} was cancelled.</source>
      <translation>优惠券 {code} 已作废。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code}: vouchers pay towards a sale, not a return.</source>
      <translation>优惠券 {code}：优惠券只用于销售，不能用于退货。</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>over the budget of {budget}</source>
      <translation>超出预算 {budget}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>within the budget of {budget}</source>
      <translation>在预算 {budget} 以内</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{amount} off</source>
      <translation>减 {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{off} from {least}</source>
      <translation>满 {least} {off}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{pct}% off</source>
      <translation>优惠 {pct}%</translation>
    </message>
  </context>
</TS>
