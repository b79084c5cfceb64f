<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>care</name>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>1st</source>
      <translation>1st</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>2nd</source>
      <translation>2nd</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>3rd</source>
      <translation>3rd</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>4th</source>
      <translation>4th</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>A contact cannot be in the future.</source>
      <translation>A contact cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>A {kind} message carries care and good wishes only, no promotion: take out “{words}”.</source>
      <translation>A {kind} message carries care and good wishes only, no promotion: take out “{words}”.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>A {kind} message never asks whether something happened to the customer: take out “{words}”.</source>
      <translation>A {kind} message never asks whether something happened to the customer: take out “{words}”.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>After a furniture delivery</source>
      <translation>After a furniture delivery</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>After a purchase</source>
      <translation>After a purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>All clerks</source>
      <translation>All clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>An event message invites, thanks or informs: no hard selling. Take out “{words}”.</source>
      <translation>An event message invites, thanks or informs: no hard selling. Take out “{words}”.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Autumn Equinox</source>
      <translation>Autumn Equinox</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Awakening of Insects</source>
      <translation>Awakening of Insects</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday gift</source>
      <translation>Birthday gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday gifts</source>
      <translation>Birthday gifts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Birthday greeting</source>
      <translation>Birthday greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday greetings</source>
      <translation>Birthday greetings</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday on {date}: a cake or flowers, up to {budget}.</source>
      <translation>Birthday on {date}: a cake or flowers, up to {budget}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday, {date} (lunar calendar).</source>
      <translation>Birthday, {date} (lunar calendar).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Birthday, {date}.</source>
      <translation>Birthday, {date}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Birthdays, festivals and the “we miss you” note after the dormant days (see Loyalty) follow these rules; festival and season greetings and “we miss you” notes only go to customers who accept messages.</source>
      <translation>Birthdays, festivals and the “we miss you” note after the dormant days (see Loyalty) follow these rules; festival and season greetings and “we miss you” notes only go to customers who accept messages.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Bought {item} ({amount}) on {date}: call about fit and care.</source>
      <translation>Bought {item} ({amount}) on {date}: call about fit and care.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Brought a friend, {friend}: say thank you today.</source>
      <translation>Brought a friend, {friend}: say thank you today.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>CSV for the SMS platform (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV for the SMS platform (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Calendar</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Call back about the complaint of {date}: did the remedy hold?</source>
      <translation>Call back about the complaint of {date}: did the remedy hold?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Calls after a purchase</source>
      <translation>Calls after a purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Calls to referred friends</source>
      <translation>Calls to referred friends</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came through {referrer}: a welcome and thanks today.</source>
      <translation>Came through {referrer}: a welcome and thanks today.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came through {referrer}: call by {date}.</source>
      <translation>Came through {referrer}: call by {date}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Came to {event} on {date}: say thank you.</source>
      <translation>Came to {event} on {date}: say thank you.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Can get a text message</source>
      <translation>Can get a text message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Change of season</source>
      <translation>Change of season</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Check the curly brackets: a placeholder is one word inside them, e.g. {example}.</source>
      <translation>Check the curly brackets: a placeholder is one word inside them, e.g. {example}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Chinese</source>
      <translation>Chinese</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/followups.py" />
      <source>Choose a day after today, at most {n} days ahead.</source>
      <translation>
        <numerusform>Choose a day after today, at most {n} day ahead.</numerusform>
        <numerusform>Choose a day after today, at most {n} days ahead.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose a holiday greeting or a change-of-season message.</source>
      <translation>Choose a holiday greeting or a change-of-season message.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose a message of the same kind, or none.</source>
      <translation>Choose a message of the same kind, or none.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Choose how it went out: text or WeChat.</source>
      <translation>Choose how it went out: text or WeChat.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose how the date is found.</source>
      <translation>Choose how the date is found.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose how you were in touch: call, text, WeChat or visit.</source>
      <translation>Choose how you were in touch: call, text, WeChat or visit.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose one of the 24 solar terms.</source>
      <translation>Choose one of the 24 solar terms.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose the clerk from the list.</source>
      <translation>Choose the clerk from the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose the day of the week.</source>
      <translation>Choose the day of the week.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Choose the language the message is written in.</source>
      <translation>Choose the language the message is written in.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Choose the reply</source>
      <translation>Choose the reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Choose what kind of message this is.</source>
      <translation>Choose what kind of message this is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Choose what the contact was about.</source>
      <translation>Choose what the contact was about.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Choose which one: 1st to 4th, or the last.</source>
      <translation>Choose which one: 1st to 4th, or the last.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Clear and Bright</source>
      <translation>Clear and Bright</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Clerks {month}</source>
      <translation>Clerks {month}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Cold Dew</source>
      <translation>Cold Dew</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Complaint follow-up</source>
      <translation>Complaint follow-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Complaint follow-ups</source>
      <translation>Complaint follow-ups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Copy as a list</source>
      <translation>Copy as a list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Copy message (Ctrl+Shift+C)</source>
      <translation>Copy message (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Customers in charge</source>
      <translation>Customers in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Days 15 to 30: ask how it is at home and explain how to care for it.</source>
      <translation>Days 15 to 30: ask how it is at home and explain how to care for it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Days 5 to 15: check the installation is finished and everything works.</source>
      <translation>Days 5 to 15: check the installation is finished and everything works.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Delivery checks</source>
      <translation>Delivery checks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Done (Ctrl+D)</source>
      <translation>Done (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Done: {name}. The contact is on the card.</source>
      <translation>Done: {name}. The contact is on the card.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>End of Heat</source>
      <translation>End of Heat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event called off</source>
      <translation>Event called off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event invitation</source>
      <translation>Event invitation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Event invitations</source>
      <translation>Event invitations</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Event reminder</source>
      <translation>Event reminder</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Event reminders</source>
      <translation>Event reminders</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Events called off</source>
      <translation>Events called off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Export SMS file…</source>
      <translation>Export SMS file…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Export the SMS file</source>
      <translation>Export the SMS file</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Export the clerk statistics</source>
      <translation>Export the clerk statistics</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Family day</source>
      <translation>Family day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Family days</source>
      <translation>Family days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Festival</source>
      <translation>Festival</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Festival greeting</source>
      <translation>Festival greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Festival greetings one by one</source>
      <translation>Festival greetings one by one</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Festivals</source>
      <translation>Festivals</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Follow-up call</source>
      <translation>Follow-up call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Follow-up rules</source>
      <translation>Follow-up rules</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Follow-up settings</source>
      <translation>Follow-up settings</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>For a WeChat broadcast: one line per customer</source>
      <translation>For a WeChat broadcast: one line per customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Friday</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Frost's Descent</source>
      <translation>Frost's Descent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Gift</source>
      <translation>Gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Give the message a short title, e.g. Mid-Autumn wishes.</source>
      <translation>Give the message a short title, e.g. Mid-Autumn wishes.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain Buds</source>
      <translation>Grain Buds</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain Rain</source>
      <translation>Grain Rain</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Grain in Ear</source>
      <translation>Grain in Ear</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Greet customers on this day</source>
      <translation>Greet customers on this day</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Greet {n} customers in one go</source>
      <translation>
        <numerusform>Greet {n} customer in one go</numerusform>
        <numerusform>Greet {n} customers in one go</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Greeted</source>
      <translation>Greeted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Greeting</source>
      <translation>Greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Greetings to many</source>
      <translation>Greetings to many</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Holiday greeting</source>
      <translation>Holiday greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Installation checks</source>
      <translation>Installation checks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Invite the customer to {event} on {date} at {time}, {place}, and record the reply.</source>
      <translation>Invite the customer to {event} on {date} at {time}, {place}, and record the reply.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Its own message</source>
      <translation>Its own message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Keeping in touch</source>
      <translation>Keeping in touch</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>Log a contact with {name}</source>
      <translation>Log a contact with {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Logging a contact on each card…</source>
      <translation>Logging a contact on each card…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Lunar</source>
      <translation>Lunar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Lunar date</source>
      <translation>Lunar date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Cold</source>
      <translation>Major Cold</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Heat</source>
      <translation>Major Heat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Major Snow</source>
      <translation>Major Snow</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark as sent</source>
      <translation>Mark as sent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark the batch sent once it has gone out.</source>
      <translation>Mark the batch sent once it has gone out.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Mark the {title} sent to {n} customers ({channel})? One contact goes on each card; this cannot be undone.</source>
      <translation>
        <numerusform>Mark the {title} sent to {n} customer ({channel})? One contact goes on the card; this cannot be undone.</numerusform>
        <numerusform>Mark the {title} sent to {n} customers ({channel})? One contact goes on each card; this cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Marked sent: {n} contacts logged.</source>
      <translation>
        <numerusform>Marked sent: {n} contact logged.</numerusform>
        <numerusform>Marked sent: {n} contacts logged.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Message copied: paste it into WeChat or a text message.</source>
      <translation>Message copied: paste it into WeChat or a text message.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Message library</source>
      <translation>Message library</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <location filename="../../shopcrm/care/followups.py" />
      <source>Message sent</source>
      <translation>Message sent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Message text</source>
      <translation>Message text</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Cold</source>
      <translation>Minor Cold</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Heat</source>
      <translation>Minor Heat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Minor Snow</source>
      <translation>Minor Snow</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Missed at an event</source>
      <translation>Missed at an event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Mobile number</source>
      <translation>Mobile number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Monday</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>New festival</source>
      <translation>New festival</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>New message</source>
      <translation>New message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>No customer found.</source>
      <translation>No customer found.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>No customer found: try the phone's last four digits.</source>
      <translation>No customer found: try the phone's last four digits.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>No message of this kind in the library yet: the owner adds one in Settings.</source>
      <translation>No message of this kind in the library yet: the owner adds one in Settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>No mobile number</source>
      <translation>No mobile number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>No purchase since {date}: a “we miss you” note.</source>
      <translation>No purchase since {date}: a “we miss you” note.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Nobody in charge</source>
      <translation>Nobody in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Nothing to do here.</source>
      <translation>Nothing to do here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>On time</source>
      <translation>On time</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>One of the top spenders of {year} ({amount}): a visit with flowers, up to {budget}.</source>
      <translation>One of the top spenders of {year} ({amount}): a visit with flowers, up to {budget}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Only the clerk in charge of these customers or the owner can send this batch.</source>
      <translation>Only the clerk in charge of these customers or the owner can send this batch.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Open card (Enter)</source>
      <translation>Open card (Enter)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <location filename="../../shopcrm/care/followups.py" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Plan again (F5)</source>
      <translation>Plan again (F5)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Preview for a customer: phone digits, name or pinyin initials</source>
      <translation>Preview for a customer: phone digits, name or pinyin initials</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Profile completeness</source>
      <translation>Profile completeness</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Purchase calls</source>
      <translation>Purchase calls</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Rain Water</source>
      <translation>Rain Water</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Record the reply first: yes, no, maybe or no answer.</source>
      <translation>Record the reply first: yes, no, maybe or no answer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Referral thanks</source>
      <translation>Referral thanks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Repeat-purchase rate</source>
      <translation>Repeat-purchase rate</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Reply recorded: {name}. The contact is on the card.</source>
      <translation>Reply recorded: {name}. The contact is on the card.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Said yes to {event} on {date} but did not come: a “we missed you”.</source>
      <translation>Said yes to {event} on {date} but did not come: a “we missed you”.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Sales amount</source>
      <translation>Sales amount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Satisfaction calls</source>
      <translation>Satisfaction calls</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Saturday</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Save festival</source>
      <translation>Save festival</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Save rules</source>
      <translation>Save rules</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Saved: the follow-ups follow the new rules when planned again.</source>
      <translation>Saved: the follow-ups follow the new rules when planned again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Say why it is skipped, e.g. the customer asked not to be called.</source>
      <translation>Say why it is skipped, e.g. the customer asked not to be called.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Sent by</source>
      <translation>Sent by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>Sign in first.</source>
      <translation>Sign in first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Skip (Ctrl+K)</source>
      <translation>Skip (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Skipped: {name}.</source>
      <translation>Skipped: {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snooze (Ctrl+P)</source>
      <translation>Snooze (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snooze until</source>
      <translation>Snooze until</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Snoozed: {name}.</source>
      <translation>Snoozed: {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>Solar</source>
      <translation>Solar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Solar date</source>
      <translation>Solar date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Solar term</source>
      <translation>Solar term</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Spending has passed {amount}: send a thank-you letter.</source>
      <translation>Spending has passed {amount}: send a thank-you letter.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Spring Equinox</source>
      <translation>Spring Equinox</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Autumn</source>
      <translation>Start of Autumn</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Spring</source>
      <translation>Start of Spring</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Summer</source>
      <translation>Start of Summer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Start of Winter</source>
      <translation>Start of Winter</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Summer Solstice</source>
      <translation>Summer Solstice</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Sunday</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Tasks count for the clerk in charge, contacts for the clerk who made them; customers and profile completeness are as they stand today.</source>
      <translation>Tasks count for the clerk in charge, contacts for the clerk who made them; customers and profile completeness are as they stand today.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/clerk_stats.py" />
      <source>Tasks due</source>
      <translation>Tasks due</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thank-you</source>
      <translation>Thank-you</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Thank-you letters</source>
      <translation>Thank-you letters</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thanks for a referral</source>
      <translation>Thanks for a referral</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <location filename="../../shopcrm/care/messages.py" />
      <source>Thanks for coming to an event</source>
      <translation>Thanks for coming to an event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>That festival was removed; open the list again.</source>
      <translation>That festival was removed; open the list again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>That message was removed; open the library again.</source>
      <translation>That message was removed; open the library again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>That month has at most {n} days.</source>
      <translation>That month has at most {n} days.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>That task is gone; refresh the list.</source>
      <translation>That task is gone; refresh the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>The day after the sale: check the delivery came on time and nothing was damaged.</source>
      <translation>The day after the sale: check the delivery came on time and nothing was damaged.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>The first message of its kind</source>
      <translation>The first message of its kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>The message sent, or anything to remember</source>
      <translation>The message sent, or anything to remember</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>The month is a number from 1 to 12.</source>
      <translation>The month is a number from 1 to 12.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>There is no such greeting batch (any more).</source>
      <translation>There is no such greeting batch (any more).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This batch was already marked sent.</source>
      <translation>This batch was already marked sent.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This batch was cancelled: its customers are in another batch now.</source>
      <translation>This batch was cancelled: its customers are in another batch now.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/batches.py" />
      <source>This greeting's day has passed; it is no longer sent.</source>
      <translation>This greeting's day has passed; it is no longer sent.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>This month's birthdays</source>
      <translation>This month's birthdays</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>This task was already dealt with; refresh the list.</source>
      <translation>This task was already dealt with; refresh the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Thursday</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>To {name}: {message}</source>
      <translation>To {name}: {message}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Tuesday</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Type the festival's name.</source>
      <translation>Type the festival's name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Unknown placeholder {placeholder}: use one of {known}.</source>
      <translation>Unknown placeholder {placeholder}: use one of {known}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>VIP event</source>
      <translation>VIP event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Visits to top customers</source>
      <translation>Visits to top customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Voucher running out</source>
      <translation>Voucher running out</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Voucher {code} ({worth}) runs out on {date}: remind the customer.</source>
      <translation>Voucher {code} ({worth}) runs out on {date}: remind the customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Vouchers running out</source>
      <translation>Vouchers running out</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>We miss you</source>
      <translation>We miss you</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Wednesday</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Weekday</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Weekday of a month</source>
      <translation>Weekday of a month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Welcome a referred friend</source>
      <translation>Welcome a referred friend</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Welcome for a referred friend</source>
      <translation>Welcome for a referred friend</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>What the customer said, or why it is skipped</source>
      <translation>What the customer said, or why it is skipped</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>What they will read (the first few):</source>
      <translation>What they will read (the first few):</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>What to do</source>
      <translation>What to do</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>Which</source>
      <translation>Which</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>White Dew</source>
      <translation>White Dew</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>Winter Solstice</source>
      <translation>Winter Solstice</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>Write the message.</source>
      <translation>Write the message.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/contacts.py" />
      <source>Write what came of it: the next clerk reads it on the card.</source>
      <translation>Write what came of it: the next clerk reads it on the card.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>Write what the customer said: the next clerk reads it on the card.</source>
      <translation>Write what the customer said: the next clerk reads it on the card.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>Writing the text messages…</source>
      <translation>Writing the text messages…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/message_templates.py" />
      <source>Written in</source>
      <translation>Written in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/clerk_stats.py" />
      <source>clerks-{month}.xlsx</source>
      <translation>clerks-{month}.xlsx</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/contact_dialog.py" />
      <source>e.g. the coat fits well; wants a matching scarf</source>
      <translation>e.g. the coat fits well; wants a matching scarf</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>how to address the customer, e.g. Ms Zhang</source>
      <translation>how to address the customer, e.g. Ms Zhang</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>last</source>
      <translation>last</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>lunar {month}/{day}</source>
      <translation>lunar {month}/{day}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>something</source>
      <translation>something</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the clerk sending it</source>
      <translation>the clerk sending it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's VIP tier</source>
      <translation>the customer's VIP tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's full name</source>
      <translation>the customer's full name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the customer's points balance</source>
      <translation>the customer's points balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the day it is about</source>
      <translation>the day it is about</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the event's title (event messages)</source>
      <translation>the event's title (event messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the family occasion (family day messages)</source>
      <translation>the family occasion (family day messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the festival (holiday and season messages)</source>
      <translation>the festival (holiday and season messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the shop's name</source>
      <translation>the shop's name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>the time the event starts (event messages)</source>
      <translation>the time the event starts (event messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>what the customer bought (after-purchase and complaint messages)</source>
      <translation>what the customer bought (after-purchase and complaint messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>what the customer's voucher is worth (voucher messages)</source>
      <translation>what the customer's voucher is worth (voucher messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>where the event is held (event messages)</source>
      <translation>where the event is held (event messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>who brought whom (referral messages)</source>
      <translation>who brought whom (referral messages)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/care_settings.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{action} (sale of {date}, {amount})</source>
      <translation>{action} (sale of {date}, {amount})</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} is on {date} at {time}, {place}: remind the customer.</source>
      <translation>{event} is on {date} at {time}, {place}: remind the customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} moved to {date} at {time}, {place}: tell the customer and record the reply again.</source>
      <translation>{event} moved to {date} at {time}, {place}: tell the customer and record the reply again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{event} on {date} is called off: tell the customer, with an apology.</source>
      <translation>{event} on {date} is called off: tell the customer, with an apology.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>{festival} greeting</source>
      <translation>{festival} greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{festival} on {date}: a greeting of their own, not in the batch.</source>
      <translation>{festival} on {date}: a greeting of their own, not in the batch.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/festivals.py" />
      <source>{nth} {weekday} of month {month}</source>
      <translation>{nth} {weekday} of month {month}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} birthdays</source>
      <translation>
        <numerusform>{n} birthday</numerusform>
        <numerusform>{n} birthdays</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/followups.py" />
      <source>{n} birthdays in {month}: go through the list and plan the greetings.</source>
      <translation>
        <numerusform>{n} birthday in {month}: go through the list and plan the greeting.</numerusform>
        <numerusform>{n} birthdays in {month}: go through the list and plan the greetings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/batches.py" />
      <source>{n} customers have no mobile number: greet them another way.</source>
      <translation>
        <numerusform>{n} customer has no mobile number: greet her another way.</numerusform>
        <numerusform>{n} customers have no mobile number: greet them another way.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/batch_view.py" />
      <source>{n} greetings copied: paste them into a WeChat broadcast.</source>
      <translation>
        <numerusform>{n} greeting copied: paste it into a WeChat broadcast.</numerusform>
        <numerusform>{n} greetings copied: paste them into a WeChat broadcast.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/care/batches.py" />
      <source>{n} text messages written to {path}.</source>
      <translation>
        <numerusform>{n} text message written to {path}.</numerusform>
        <numerusform>{n} text messages written to {path}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} to do, {late} overdue</source>
      <translation>{n} to do, {late} overdue</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/care/followups_page.py" />
      <source>{n} to do, {late} overdue; {waiting} more wait for the next days</source>
      <translation>
        <numerusform>{n} to do, {late} overdue; {waiting} more waits for the next days</numerusform>
        <numerusform>{n} to do, {late} overdue; {waiting} more wait for the next days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/followups.py" />
      <source>{occasion} on {date}.</source>
      <translation>{occasion} on {date}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/care/messages.py" />
      <source>{placeholder} cannot be filled in a message of this kind: take it out.</source>
      <translation>{placeholder} cannot be filled in a message of this kind: take it out.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>--customers must be from 1 to {most}.</source>
      <translation>--customers must be from 1 to {most}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>--item “{text}”: {problem}</source>
      <translation>--item “{text}”: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>A new shop needs its owner: give --owner NAME and --password-file FILE.</source>
      <translation>A new shop needs its owner: give --owner NAME and --password-file FILE.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Also look at (imported with a warning, totals left out, repeated rows):</source>
      <translation>Also look at (imported with a warning, totals left out, repeated rows):</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Backup written: {path}</source>
      <translation>Backup written: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Broken link in {table}, row {row}.</source>
      <translation>Broken link in {table}, row {row}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Brought</source>
      <translation>Brought</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Came</source>
      <translation>Came</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Cannot read the password file {path}: {reason}</source>
      <translation>Cannot read the password file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Cannot read the recovery code file {path}: {reason}</source>
      <translation>Cannot read the recovery code file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Checked {customers} customers and {purchases} sales: {result}.</source>
      <translation>Checked {customers} customers and {purchases} sales: {result}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Choose the owner's password: </source>
      <translation>Choose the owner's password: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Coming events</source>
      <translation>Coming events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Created a new shop in {path}.</source>
      <translation>Created a new shop in {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>Customer care for a small shop. No command opens the window.</source>
      <translation>Customer care for a small shop. No command opens the window.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Demo shop ready in {path}: {customers} customers, {purchases} sales.</source>
      <translation>Demo shop ready in {path}: {customers} customers, {purchases} sales.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Dry run: nothing was written.</source>
      <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Follow-ups for {date}: {n}</source>
      <translation>Follow-ups for {date}: {n}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Greetings to many</source>
      <translation>Greetings to many</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Loyalty brought up to date: {points} points lapsed, {moves} tier changes, {statuses} status changes.</source>
      <translation>Loyalty brought up to date: {points} points lapsed, {moves} tier changes, {statuses} status changes.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>Marked sent: {n} contacts logged.</source>
      <translation>
        <numerusform>Marked sent: {n} contact logged.</numerusform>
        <numerusform>Marked sent: {n} contacts logged.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Name it with --sheet NAME.</source>
      <translation>Name it with --sheet NAME.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>No clerk is called {name}; the clerks are: {names}.</source>
      <translation>No clerk is called {name}; the clerks are: {names}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>No customer has the number or phone {text}.</source>
      <translation>No customer has the number or phone {text}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>No events yet: the owner plans them on the Events page.</source>
      <translation>No events yet: the owner plans them on the Events page.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>No-shows</source>
      <translation>No-shows</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Not imported:</source>
      <translation>Not imported:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Owner's name: </source>
      <translation>Owner's name: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Owner's password: </source>
      <translation>Owner's password: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Past events</source>
      <translation>Past events</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Recomputed the figures of {n} customers.</source>
      <translation>
        <numerusform>Recomputed the figures of {n} customer.</numerusform>
        <numerusform>Recomputed the figures of {n} customers.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>Recovery code (written down at setup): </source>
      <translation>Recovery code (written down at setup): </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Rejected rows and notes written to {path}</source>
      <translation>Rejected rows and notes written to {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Restored {file} into {path}.</source>
      <translation>Restored {file} into {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>Sale {id} recorded for {name} ({number}), paid by {payment}.</source>
      <translation>Sale {id} recorded for {name} ({number}), paid by {payment}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Sale {id}: {detail}</source>
      <translation>Sale {id}: {detail}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>Say where to write the SMS file: shopcrm batch export ID OUT.csv</source>
      <translation>Say where to write the SMS file: shopcrm batch export ID OUT.csv</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>Sign in as {owner} with the password {password}, or as a clerk with a PIN:</source>
      <translation>Sign in as {owner} with the password {password}, or as a clerk with a PIN:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The backup is protected. Owner's password or recovery code: </source>
      <translation>The backup is protected. Owner's password or recovery code: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The customer count is kept as {stored}, but there are {counted}.</source>
      <translation>The customer count is kept as {stored}, but there are {counted}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The database as it was before is kept in {path}.</source>
      <translation>The database as it was before is kept in {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The owner's recovery code (write it down and keep it away from this PC; it resets a forgotten password): {code}</source>
      <translation>The owner's recovery code (write it down and keep it away from this PC; it resets a forgotten password): {code}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The owner's recovery code: {code}</source>
      <translation>The owner's recovery code: {code}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The password again: </source>
      <translation>The password again: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>The shop is protected. Owner's password or recovery code: </source>
      <translation>The shop is protected. Owner's password or recovery code: </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>The two passwords differ; nothing was created.</source>
      <translation>The two passwords differ; nothing was created.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This needs the owner's password: type it when asked, or give --password-file FILE.</source>
      <translation>This needs the owner's password: type it when asked, or give --password-file FILE.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This needs the recovery code written down at setup: type it when asked, or give --recovery-code-file FILE.</source>
      <translation>This needs the recovery code written down at setup: type it when asked, or give --recovery-code-file FILE.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>This shop has no owner yet: start the window once to set her up.</source>
      <translation>This shop has no owner yet: start the window once to set her up.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Walk-ins</source>
      <translation>Walk-ins</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Wrote the import template {path}.</source>
      <translation>Wrote the import template {path}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>Wrote {path} ({n} customers).</source>
      <translation>
        <numerusform>Wrote {path} ({n} customer).</numerusform>
        <numerusform>Wrote {path} ({n} customers).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/events.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>a phone already known: skip the row, fill empty fields, or overwrite</source>
      <translation>a phone already known: skip the row, fill empty fields, or overwrite</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>all good</source>
      <translation>all good</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>an extra discount</source>
      <translation>an extra discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>check the file, write nothing</source>
      <translation>check the file, write nothing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>copy the database now</source>
      <translation>copy the database now</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>database file (default: $SHOPCRM_DB, else the data folder)</source>
      <translation>database file (default: $SHOPCRM_DB, else the data folder)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>default: 1 January</source>
      <translation>default: 1 January</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>encrypt the database and its backups with the owner's password</source>
      <translation>encrypt the database and its backups with the owner's password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>expire points, review tiers and lifecycle statuses as of today</source>
      <translation>expire points, review tiers and lifecycle statuses as of today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>file or folder</source>
      <translation>file or folder</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>fill an empty database with a living demo shop</source>
      <translation>fill an empty database with a living demo shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>how the batch went out (for sent)</source>
      <translation>how the batch went out (for sent)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>how the customer paid</source>
      <translation>how the customer paid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>import customer profiles from .xlsx or .csv</source>
      <translation>import customer profiles from .xlsx or .csv</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>list the coming and past VIP events with their figures</source>
      <translation>list the coming and past VIP events with their figures</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>no clerk</source>
      <translation>no clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>one item, e.g. “399” or “199*2 scarf”; repeat for each item</source>
      <translation>one item, e.g. “399” or “199*2 scarf”; repeat for each item</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>only this clerk's follow-ups</source>
      <translation>only this clerk's follow-ups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/care.py" />
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>points spent on it</source>
      <translation>points spent on it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the counts as JSON</source>
      <translation>print the counts as JSON</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the day's follow-ups, after planning them</source>
      <translation>print the day's follow-ups, after planning them</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the events as JSON</source>
      <translation>print the events as JSON</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the list as JSON</source>
      <translation>print the list as JSON</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>print the report as JSON</source>
      <translation>print the report as JSON</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>read the owner's password from the first line of FILE (for scripts)</source>
      <translation>read the owner's password from the first line of FILE (for scripts)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>read the recovery code written down at setup from FILE (for scripts)</source>
      <translation>read the recovery code written down at setup from FILE (for scripts)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>recompute derived figures that disagree with the sales</source>
      <translation>recompute derived figures that disagree with the sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>record a sale to a customer</source>
      <translation>record a sale to a customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>replace DEST even if it is not a backup</source>
      <translation>replace DEST even if it is not a backup</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>replace the database with a verified backup</source>
      <translation>replace the database with a verified backup</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>row {row}, {column} “{value}”: {reason}</source>
      <translation>row {row}, {column} “{value}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>take the protection off: the database becomes a plain file again</source>
      <translation>take the protection off: the database becomes a plain file again</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the SMS file</source>
      <translation>the SMS file</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the batch's number in `tasks`</source>
      <translation>the batch's number in `tasks`</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the customer's number or phone</source>
      <translation>the customer's number or phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the month of the VIP list (default: this month)</source>
      <translation>the month of the VIP list (default: this month)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the owner's name, when the import creates the shop</source>
      <translation>the owner's name, when the import creates the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>the sheet holding the customers</source>
      <translation>the sheet holding the customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>unexpected error; details were written to {path}</source>
      <translation>unexpected error; details were written to {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>verify the file and every derived figure</source>
      <translation>verify the file and every derived figure</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>what the shop holds in stored value, by month, and the month's gifts</source>
      <translation>what the shop holds in stored value, by month, and the month's gifts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>who sold it (default: the customer's clerk)</source>
      <translation>who sold it (default: the customer's clerk)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write a greeting batch's SMS file, or mark the batch sent</source>
      <translation>write a greeting batch's SMS file, or mark the batch sent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write profiles, a template or the VIP list</source>
      <translation>write profiles, a template or the VIP list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/entry.py" />
      <source>write the rejected rows here</source>
      <translation>write the rejected rows here</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
      <translation>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/wallet.py" />
      <source>{month}: {paid} paid in, {bonus} bonus, {spent} spent, {refunded} refunded</source>
      <translation>{month}: {paid} paid in, {bonus} bonus, {spent} spent, {refunded} refunded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/counter.py" />
      <source>{name} is now {tier}.</source>
      <translation>{name} is now {tier}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>{number}: {column} is {stored}, the sales say {expected}.</source>
      <translation>{number}: {column} is {stored}, the sales say {expected}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} customers, {sms} by text message</source>
      <translation>
        <numerusform>{n} customer, {sms} by text message</numerusform>
        <numerusform>{n} customers, {sms} by text message</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/events.py" />
      <source>{n} days: sold / expected</source>
      <translation>
        <numerusform>{n} day: sold / expected</numerusform>
        <numerusform>{n} days: sold / expected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} more follow-ups wait for the next days (the daily load is full).</source>
      <translation>
        <numerusform>{n} more follow-up waits for the next days (the daily load is full).</numerusform>
        <numerusform>{n} more follow-ups wait for the next days (the daily load is full).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/shop_file.py" />
      <source>{n} problems</source>
      <translation>
        <numerusform>{n} problem</numerusform>
        <numerusform>{n} problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/cli/care.py" />
      <source>{n} visitors who never bought were forgotten, as the shop's settings say.</source>
      <translation>
        <numerusform>{n} visitor who never bought was forgotten, as the shop's settings say.</numerusform>
        <numerusform>{n} visitors who never bought were forgotten, as the shop's settings say.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>{path} is protected: give the owner's password or the recovery code when asked, or with --password-file FILE.</source>
      <translation>{path} is protected: give the owner's password or the recovery code when asked, or with --password-file FILE.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>{text}: choose a day from {first} to {last}.</source>
      <translation>{text}: choose a day from {first} to {last}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/common.py" />
      <source>“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-08.</source>
      <translation>“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-08.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli/spreadsheets.py" />
      <source>… and {n} more (see --rejects).</source>
      <translation>… and {n} more (see --rejects).</translation>
    </message>
  </context>
  <context>
    <name>complaints</name>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(choose a customer)</source>
      <translation>(choose a customer)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(choose)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>(not about one purchase)</source>
      <translation>(not about one purchase)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>A repeat complaint comes from a customer who had complained about the same kind of thing before; a second chance is a complaint reopened because the first answer did not satisfy the customer. Fix the causes at the top first.</source>
      <translation>A repeat complaint comes from a customer who had complained about the same kind of thing before; a second chance is a complaint reopened because the first answer did not satisfy the customer. Fix the causes at the top first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>A serious complaint from a {tier} customer: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>A serious complaint from a {tier} customer: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>A serious complaint: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</source>
      <translation>A serious complaint: add a gesture of goodwill beyond the usual, such as a gift or a voucher.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All clerks</source>
      <translation>All clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>All complaints</source>
      <translation>All complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Amount (¥)</source>
      <translation>Amount (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Analyse</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Apologise</source>
      <translation>Apologise</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Apologise sincerely for the trouble, whoever is at fault: the apology is for what the customer went through, not an admission of blame.</source>
      <translation>Apologise sincerely for the trouble, whoever is at fault: the apology is for what the customer went through, not an admission of blame.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Apologise to the customer, then tick this box.</source>
      <translation>Apologise to the customer, then tick this box.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Apology made</source>
      <translation>Apology made</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>As you repeated it back and the customer agreed</source>
      <translation>As you repeated it back and the customer agreed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Ask whether the customer is satisfied and choose the answer.</source>
      <translation>Ask whether the customer is satisfied and choose the answer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Ask whether the customer is satisfied. If not, make your final offer on the spot. Always say thank you: a complaint helps the shop improve.</source>
      <translation>Ask whether the customer is satisfied. If not, make your final offer on the spot. Always say thank you: a complaint helps the shop improve.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>At the counter</source>
      <translation>At the counter</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Average days to close</source>
      <translation>Average days to close</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Awaiting follow-up</source>
      <translation>Awaiting follow-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>By category</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>By cause</source>
      <translation>By cause</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Call the customer back on the day set to check that the remedy held. Record what was said and close the complaint, or reopen it for a second chance.</source>
      <translation>Call the customer back on the day set to check that the remedy held. Record what was said and close the complaint, or reopen it for a second chance.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Carried out by</source>
      <translation>Carried out by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Choose a category, or all categories.</source>
      <translation>Choose a category, or all categories.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose how serious it is: 1 minor, 2 moderate, 3 serious.</source>
      <translation>Choose how serious it is: 1 minor, 2 moderate, 3 serious.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose how the complaint came in.</source>
      <translation>Choose how the complaint came in.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose one of the customer's own purchases, or none.</source>
      <translation>Choose one of the customer's own purchases, or none.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the cause, or 'Not known yet'.</source>
      <translation>Choose the cause, or 'Not known yet'.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the compensation, or 'None' and say why.</source>
      <translation>Choose the compensation, or 'None' and say why.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the customer's answer to the final offer.</source>
      <translation>Choose the customer's answer to the final offer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the customer: find them by phone or name, or add a new one.</source>
      <translation>Choose the customer: find them by phone or name, or add a new one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the day it will be done by.</source>
      <translation>Choose the day it will be done by.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose the solution you offered.</source>
      <translation>Choose the solution you offered.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Choose the step the reply is for.</source>
      <translation>Choose the step the reply is for.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose today or a later day for the call.</source>
      <translation>Choose today or a later day for the call.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose what the complaint is about.</source>
      <translation>Choose what the complaint is about.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose who is handling this step.</source>
      <translation>Choose who is handling this step.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Choose who will carry it out.</source>
      <translation>Choose who will carry it out.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Close complaint</source>
      <translation>Close complaint</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Closed on {date}. Reopen it if the customer needs a second chance.</source>
      <translation>Closed on {date}. Reopen it if the customer needs a second chance.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Compensate</source>
      <translation>Compensate</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Compensation</source>
      <translation>Compensation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Complaint handling settings</source>
      <translation>Complaint handling settings</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Complaint · {name}</source>
      <translation>Complaint · {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints report</source>
      <translation>Complaints report</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Complaints report · {period}</source>
      <translation>Complaints report · {period}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Delete reply</source>
      <translation>Delete reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Delivery</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Delivery partner</source>
      <translation>Delivery partner</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Describe the solution you offered.</source>
      <translation>Describe the solution you offered.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Details of the solution</source>
      <translation>Details of the solution</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Discard what you typed?</source>
      <translation>Discard what you typed?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Done by (date)</source>
      <translation>Done by (date)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Every reply in the library is replaced by our defaults; your own are lost.</source>
      <translation>Every reply in the library is replaced by our defaults; your own are lost.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Exchange</source>
      <translation>Exchange</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Explain</source>
      <translation>Explain</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Feedback</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Final offer made</source>
      <translation>Final offer made</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Find customer</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Find out what really caused it. Say the customer's concern back in your own words until the customer agrees that is what is meant.</source>
      <translation>Find out what really caused it. Say the customer's concern back in your own words until the customer agrees that is what is meant.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Find the customer: phone, name or pinyin initials</source>
      <translation>Find the customer: phone, name or pinyin initials</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Finish step {n} first: no step is skipped.</source>
      <translation>Finish step {n} first: no step is skipped.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Follow-up call on</source>
      <translation>Follow-up call on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Follow-up needed?</source>
      <translation>Follow-up needed?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Gift for the trouble</source>
      <translation>Gift for the trouble</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Give the reply a short title the clerk will recognise.</source>
      <translation>Give the reply a short title the clerk will recognise.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Handled by</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How it came in</source>
      <translation>How it came in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How serious</source>
      <translation>How serious</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>How the customer used it</source>
      <translation>How the customer used it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>I apologised sincerely for the trouble</source>
      <translation>I apologised sincerely for the trouble</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>I thanked the customer: the complaint helps us improve</source>
      <translation>I thanked the customer: the complaint helps us improve</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>If money is involved, e.g. 120</source>
      <translation>If money is involved, e.g. 120</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>If the customer is not fully satisfied: what you offered on the spot</source>
      <translation>If the customer is not fully satisfied: what you offered on the spot</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>In the customer's wallet: voucher {code}, {worth}. Tell the customer the code; the Wallet tab of the card shows it too.</source>
      <translation>In the customer's wallet: voucher {code}, {worth}. Tell the customer the code; the Wallet tab of the card shows it too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Insert standard reply</source>
      <translation>Insert standard reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Installation</source>
      <translation>Installation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Is the customer satisfied?</source>
      <translation>Is the customer satisfied?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>It cannot be due before the complaint was made; choose a later day.</source>
      <translation>It cannot be due before the complaint was made; choose a later day.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Item concerned</source>
      <translation>Item concerned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Keep editing</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Lessons for the shop</source>
      <translation>Lessons for the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Let the customer say everything without interrupting. Write down the exact words and each point raised; do not argue or explain yet.</source>
      <translation>Let the customer say everything without interrupting. Write down the exact words and each point raised; do not argue or explain yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>List the points the customer raised, one per line.</source>
      <translation>List the points the customer raised, one per line.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Listen</source>
      <translation>Listen</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Minor (1)</source>
      <translation>Minor (1)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Moderate (2)</source>
      <translation>Moderate (2)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>New complaint</source>
      <translation>New complaint</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>New complaint…</source>
      <translation>New complaint…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>New customer…</source>
      <translation>New customer…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>New reply</source>
      <translation>New reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>No step is recorded yet.</source>
      <translation>No step is recorded yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>No, close without a call</source>
      <translation>No, close without a call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not analysed yet</source>
      <translation>Not analysed yet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not chosen yet</source>
      <translation>Not chosen yet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Not closed</source>
      <translation>Not closed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not known yet</source>
      <translation>Not known yet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Not satisfied</source>
      <translation>Not satisfied</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Not saved: step {n} has fields marked in red.</source>
      <translation>Not saved: step {n} has fields marked in red.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Note the customer's mood and how you calmed things down.</source>
      <translation>Note the customer's mood and how you calmed things down.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Offer something of added value for the trouble: a small gift, a voucher, points or a discount. Points go into the customer's points account.</source>
      <translation>Offer something of added value for the trouble: a small gift, a voucher, points or a discount. Points go into the customer's points account.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>On-site service</source>
      <translation>On-site service</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>One point per line</source>
      <translation>One point per line</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Open in the wizard</source>
      <translation>Open in the wizard</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Our default replies are back.</source>
      <translation>Our default replies are back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Our product</source>
      <translation>Our product</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Our service</source>
      <translation>Our service</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Overdue: it was due on {date}.</source>
      <translation>Overdue: it was due on {date}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Partly satisfied</source>
      <translation>Partly satisfied</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points given</source>
      <translation>Points given</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Points the customer raised</source>
      <translation>Points the customer raised</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Points to credit, e.g. 200</source>
      <translation>Points to credit, e.g. 200</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Prevention: what we change</source>
      <translation>Prevention: what we change</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_report.py" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Propose a fair solution: action, not words. Repair, exchange, refund or on-site service; agree who does it and by when.</source>
      <translation>Propose a fair solution: action, not words. Repair, exchange, refund or on-site service; agree who does it and by when.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Quality</source>
      <translation>Quality</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Record the customer's answer at step 8 first; a second chance follows it.</source>
      <translation>Record the customer's answer at step 8 first; a second chance follows it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Reopen for a second chance</source>
      <translation>Reopen for a second chance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Reopened</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Reopened because</source>
      <translation>Reopened because</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Repair</source>
      <translation>Repair</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Repeat complaints</source>
      <translation>Repeat complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Reply deleted.</source>
      <translation>Reply deleted.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Reply saved.</source>
      <translation>Reply saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Report by category and cause</source>
      <translation>Report by category and cause</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Resolve</source>
      <translation>Resolve</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Respond with real feeling and help the customer calm down. Note the mood and what you said or did that helped.</source>
      <translation>Respond with real feeling and help the customer calm down. Note the mood and what you said or did that helped.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Restate the customer's concern in your own words, as you said it back.</source>
      <translation>Restate the customer's concern in your own words, as you said it back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Restore our default replies?</source>
      <translation>Restore our default replies?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Restore our defaults…</source>
      <translation>Restore our defaults…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Resume</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Root cause</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Satisfied</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Save and close</source>
      <translation>Save and close</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Save lessons</source>
      <translation>Save lessons</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Save reply</source>
      <translation>Save reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Say why no follow-up call is needed.</source>
      <translation>Say why no follow-up call is needed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Say why there is no compensation.</source>
      <translation>Say why there is no compensation.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>Second chance {n}</source>
      <translation>Second chance {n}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>Second chances</source>
      <translation>Second chances</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Serious (3)</source>
      <translation>Serious (3)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Service attitude</source>
      <translation>Service attitude</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Severity</source>
      <translation>Severity</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Shorten the title to {n} characters.</source>
      <translation>
        <numerusform>Shorten the title to {n} character.</numerusform>
        <numerusform>Shorten the title to {n} characters.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Size or fit</source>
      <translation>Size or fit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Small gift</source>
      <translation>Small gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>So that it does not happen again</source>
      <translation>So that it does not happen again</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Solution offered</source>
      <translation>Solution offered</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Some of what you typed is not saved. Save it to resume later, or discard it?</source>
      <translation>Some of what you typed is not saved. Save it to resume later, or discard it?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Standard replies and follow-up…</source>
      <translation>Standard replies and follow-up…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Standard replies let every clerk say the same good thing at each step. A reply for all categories shows on every complaint.</source>
      <translation>Standard replies let every clerk say the same good thing at each step. A reply for all categories shows on every complaint.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Standard reply</source>
      <translation>Standard reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Start with step 1: listen to the customer.</source>
      <translation>Start with step 1: listen to the customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>Step reached</source>
      <translation>Step reached</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Step {n} of 9: {name}</source>
      <translation>Step {n} of 9: {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Talk</source>
      <translation>Talk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Tell the customer what will happen next and show that you sincerely want to solve it. Write down what you explained.</source>
      <translation>Tell the customer what will happen next and show that you sincerely want to solve it. Write down what you explained.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Thank the customer for telling us, then tick this box.</source>
      <translation>Thank the customer for telling us, then tick this box.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Thanked the customer</source>
      <translation>Thanked the customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>That complaint no longer exists; refresh the register.</source>
      <translation>That complaint no longer exists; refresh the register.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>That reply was removed meanwhile; add it again.</source>
      <translation>That reply was removed meanwhile; add it again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>The compensation was already given and cannot change now; note any further gesture below.</source>
      <translation>The compensation was already given and cannot change now; note any further gesture below.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>The customer is not fully satisfied: write down the final offer you made on the spot.</source>
      <translation>The customer is not fully satisfied: write down the final offer you made on the spot.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>The customer's answer</source>
      <translation>The customer's answer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>The customer's concern, in your words</source>
      <translation>The customer's concern, in your words</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>The customer's mood, and how it was calmed</source>
      <translation>The customer's mood, and how it was calmed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>The customer's own words</source>
      <translation>The customer's own words</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>The last 3 months</source>
      <translation>The last 3 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>This complaint is closed; reopen it to change it.</source>
      <translation>This complaint is closed; reopen it to change it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>This is a {tier} customer: add a gesture of goodwill to keep their trust, such as a gift or a voucher.</source>
      <translation>This is a {tier} customer: add a gesture of goodwill to keep their trust, such as a gift or a voucher.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/report.py" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>To call the customer another day, set the day and press Save and close.</source>
      <translation>To call the customer another day, set the day and press Save and close.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type its value in yuan, e.g. 50.</source>
      <translation>Type its value in yuan, e.g. 50.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the amount in yuan, e.g. 120 or 99.50.</source>
      <translation>Type the amount in yuan, e.g. 120 or 99.50.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the amount to refund.</source>
      <translation>Type the amount to refund.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the date as YYYY-MM-DD, e.g. 2025-03-18.</source>
      <translation>Type the date as YYYY-MM-DD, e.g. 2025-03-18.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Type the points to give as a whole number, e.g. 200.</source>
      <translation>Type the points to give as a whole number, e.g. 200.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/standard_replies.py" />
      <source>Type what the clerk should say.</source>
      <translation>Type what the clerk should say.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Value in yuan, e.g. 50</source>
      <translation>Value in yuan, e.g. 50</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Voucher</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>What it is about</source>
      <translation>What it is about</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_settings.py" />
      <source>What the clerk says</source>
      <translation>What the clerk says</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What the customer said on the call</source>
      <translation>What the customer said on the call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What the customer said, word for word</source>
      <translation>What the customer said, word for word</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What you explained to the customer</source>
      <translation>What you explained to the customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>What you said to the customer</source>
      <translation>What you said to the customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>Why it happened, as far as we know</source>
      <translation>Why it happened, as far as we know</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Why no follow-up</source>
      <translation>Why no follow-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/labels.py" />
      <source>Why none</source>
      <translation>Why none</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what the customer said on the follow-up call, or say why no call is needed.</source>
      <translation>Write down what the customer said on the follow-up call, or say why no call is needed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what the customer said, word for word.</source>
      <translation>Write down what the customer said, word for word.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down what you explained to the customer.</source>
      <translation>Write down what you explained to the customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Write down why a second chance is needed.</source>
      <translation>Write down why a second chance is needed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/complaints/workflow.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>draft, not finished</source>
      <translation>draft, not finished</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>due {date}</source>
      <translation>due {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_record.py" />
      <source>opened {date}</source>
      <translation>opened {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/complaints/complaint_wizard.py" />
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/complaints/complaints_page.py" />
      <source>{n} complaints, {late} overdue</source>
      <translation>
        <numerusform>{n} complaint, {late} overdue</numerusform>
        <numerusform>{n} complaints, {late} overdue</numerusform>
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
      <translation>{staff}, {when}</translation>
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
      <translation>Leave out the 0: each amount in the list is above ¥0.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>No discount</source>
      <translation>No discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount cannot be negative.</source>
      <translation>The amount cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount is too large: at most {most}.</source>
      <translation>The amount is too large: at most {most}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>The amount must be a number.</source>
      <translation>The amount must be a number.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/core/text.py" />
      <source>Too long: at most {n} characters.</source>
      <translation>
        <numerusform>Too long: at most {n} character.</numerusform>
        <numerusform>Too long: at most {n} characters.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a number from {low} to {high}.</source>
      <translation>Type a number from {low} to {high}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a number with at most {n} decimals, e.g. 12.5.</source>
      <translation>
        <numerusform>Type a number with at most {n} decimal, e.g. 12.5.</numerusform>
        <numerusform>Type a number with at most {n} decimals, e.g. 12.5.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type a whole number, e.g. 1.</source>
      <translation>Type a whole number, e.g. 1.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type an amount, e.g. 399 or 1299.50.</source>
      <translation>Type an amount, e.g. 399 or 1299.50.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>Type the amount to the fen: two decimals at most.</source>
      <translation>Type the amount to the fen: two decimals at most.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>{off}% off (pays {paid:%})</source>
      <translation>{off}% off (pays {paid:%})</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is not a discount: type the percentage off, e.g. 5, or the 折, e.g. 95折 or 九五折.</source>
      <translation>“{text}” is not a discount: type the percentage off, e.g. 5, or the 折, e.g. 95折 or 九五折.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/money.py" />
      <source>“{text}” is not an amount; type it as e.g. 399 or 1299.50.</source>
      <translation>“{text}” is not an amount; type it as e.g. 399 or 1299.50.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is out of range: a discount takes from 0 to 100% off, e.g. 5 for 5% off.</source>
      <translation>“{text}” is out of range: a discount takes from 0 to 100% off, e.g. 5 for 5% off.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/discounts.py" />
      <source>“{text}” is out of range: a 折 is more than 0折 and less than 10折, e.g. 9.5折 or 95折 (5% off).</source>
      <translation>“{text}” is out of range: a 折 is more than 0折 and less than 10折, e.g. 9.5折 or 95折 (5% off).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is not a phone number: type digits only.</source>
      <translation>“{value}” is not a phone number: type digits only.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is not a valid phone number: check the digits.</source>
      <translation>“{value}” is not a valid phone number: check the digits.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/core/phones.py" />
      <source>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</source>
      <translation>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</translation>
    </message>
  </context>
  <context>
    <name>customers</name>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>(of which bonus {bonus})</source>
      <translation>(of which bonus {bonus})</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>A birthday cannot be in the future.</source>
      <translation>A birthday cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>A customer cannot refer themselves.</source>
      <translation>A customer cannot refer themselves.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>A name has at most 50 characters.</source>
      <translation>A name has at most 50 characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About her</source>
      <translation>About her</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About him</source>
      <translation>About him</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>About the customer</source>
      <translation>About the customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Accepts promotional messages</source>
      <translation>Accepts promotional messages</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Add (¥, minus to take off)</source>
      <translation>Add (¥, minus to take off)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Add contact…</source>
      <translation>Add contact…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All clerks</source>
      <translation>All clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>All tiers</source>
      <translation>All tiers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>All; or some, with commas</source>
      <translation>All; or some, with commas</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</source>
      <translation>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open his card&lt;/a&gt;</source>
      <translation>Already registered: {name} ({number}). &lt;a href='open'&gt;Open his card&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open the card&lt;/a&gt;</source>
      <translation>Already registered: {name} ({number}). &lt;a href='open'&gt;Open the card&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Amount off (¥)</source>
      <translation>Amount off (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Anniversary</source>
      <translation>Anniversary</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Any event</source>
      <translation>Any event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Approximate birth year</source>
      <translation>Approximate birth year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Area (m²)</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask her which events she would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit her: the owner invites those who would like to come.</source>
      <translation>Ask her which events she would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit her: the owner invites those who would like to come.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask him which events he would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit him: the owner invites those who would like to come.</source>
      <translation>Ask him which events he would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit him: the owner invites those who would like to come.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Ask the customer which events they would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit them: the owner invites those who would like to come.</source>
      <translation>Ask the customer which events they would enjoy (a product preview, an outing, a talk, a birthday party) and which days and times suit them: the owner invites those who would like to come.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked on the Events tab</source>
      <translation>Asked on the Events tab</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events he likes: change it on the Events tab.</source>
      <translation>Asked with the events he likes: change it on the Events tab.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events she likes: change it on the Events tab.</source>
      <translation>Asked with the events she likes: change it on the Events tab.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Asked with the events the customer likes: change it on the Events tab.</source>
      <translation>Asked with the events the customer likes: change it on the Events tab.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Balance {balance}</source>
      <translation>Balance {balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Best days and times for events</source>
      <translation>Best days and times for events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Bonus {bonus}: the balance becomes {after}.</source>
      <translation>Bonus {bonus}: the balance becomes {after}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Bottom size</source>
      <translation>Bottom size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Calendar</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Came</source>
      <translation>Came</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel gift</source>
      <translation>Cancel gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel gift…</source>
      <translation>Cancel gift…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel voucher</source>
      <translation>Cancel voucher</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cancel voucher…</source>
      <translation>Cancel voucher…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Cannot undo: {reason}</source>
      <translation>Cannot undo: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Categories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Check the year: it is before 1900.</source>
      <translation>Check the year: it is before 1900.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Child starts school</source>
      <translation>Child starts school</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Choose a customer to restore.</source>
      <translation>Choose a customer to restore.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Choose a merge to undo.</source>
      <translation>Choose a merge to undo.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>Choose one of the listed values.</source>
      <translation>Choose one of the listed values.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Choose the sale that comes back.</source>
      <translation>Choose the sale that comes back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>Choose two different customers to merge.</source>
      <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>Choose what kind of date this is.</source>
      <translation>Choose what kind of date this is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Clerk in charge</source>
      <translation>Clerk in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click her number at the top to show it</source>
      <translation>Click her number at the top to show it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click his number at the top to show it</source>
      <translation>Click his number at the top to show it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Click the number at the top to show it</source>
      <translation>Click the number at the top to show it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Click to copy the number</source>
      <translation>Click to copy the number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Click to show and copy the number (the owner sees who did)</source>
      <translation>Click to show and copy the number (the owner sees who did)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Colour</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Company anniversary</source>
      <translation>Company anniversary</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Correct the balance</source>
      <translation>Correct the balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Correct…</source>
      <translation>Correct…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Cost (¥)</source>
      <translation>Cost (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Customer data</source>
      <translation>Customer data</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Customer value</source>
      <translation>Customer value</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Deleted customers</source>
      <translation>Deleted customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>Delivery address and room are recorded with each sale.</source>
      <translation>Delivery address and room are recorded with each sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Dormant</source>
      <translation>Dormant</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, likes, key dates, notes, and the customer's words in contacts and complaints. The sales and points stay as figures under the customer number. This cannot be undone. Backups made before keep the data until they are replaced.</source>
      <translation>Erase everything that says who {name} is: name, phones, birthday, address, likes, key dates, notes, and the customer's words in contacts and complaints. The sales and points stay as figures under the customer number. This cannot be undone. Backups made before keep the data until they are replaced.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, what he likes, key dates, notes, and his words in contacts and complaints. His sales and points stay as figures under his customer number. This cannot be undone. Backups made before keep his data until they are replaced.</source>
      <translation>Erase everything that says who {name} is: name, phones, birthday, address, what he likes, key dates, notes, and his words in contacts and complaints. His sales and points stay as figures under his customer number. This cannot be undone. Backups made before keep his data until they are replaced.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase everything that says who {name} is: name, phones, birthday, address, what she likes, key dates, notes, and her words in contacts and complaints. Her sales and points stay as figures under her customer number. This cannot be undone. Backups made before keep her data until they are replaced.</source>
      <translation>Erase everything that says who {name} is: name, phones, birthday, address, what she likes, key dates, notes, and her words in contacts and complaints. Her sales and points stay as figures under her customer number. This cannot be undone. Backups made before keep her data until they are replaced.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase her personal data…</source>
      <translation>Erase her personal data…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase his personal data…</source>
      <translation>Erase his personal data…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Erase the customer's personal data…</source>
      <translation>Erase the customer's personal data…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/privacy.py" />
      <source>Erased customer {number}</source>
      <translation>Erased customer {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Ethnicity</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Event preferences</source>
      <translation>Event preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Events liked</source>
      <translation>Events liked</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about her…</source>
      <translation>Export everything kept about her…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about him…</source>
      <translation>Export everything kept about him…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Export everything kept about the customer…</source>
      <translation>Export everything kept about the customer…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Family birthday</source>
      <translation>Family birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Gift</source>
      <translation>Gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Gifts</source>
      <translation>Gifts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Give a gift</source>
      <translation>Give a gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Give a gift…</source>
      <translation>Give a gift…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Give a voucher</source>
      <translation>Give a voucher</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Give a voucher…</source>
      <translation>Give a voucher…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Give back {money}.</source>
      <translation>Give back {money}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Given</source>
      <translation>Given</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Greeting</source>
      <translation>Greeting</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Handed by</source>
      <translation>Handed by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Handed over</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>He would enjoy</source>
      <translation>He would enjoy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>He would like us to remember this day</source>
      <translation>He would like us to remember this day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her data</source>
      <translation>Her data</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Her event preferences</source>
      <translation>Her event preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her event preferences are saved.</source>
      <translation>Her event preferences are saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Her personal data is erased. Another shopcrm window or program has the shop open, so the last traces of her leave the file only when it closes and shopcrm is closed too.</source>
      <translation>Her personal data is erased. Another shopcrm window or program has the shop open, so the last traces of her leave the file only when it closes and shopcrm is closed too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/summary.py" />
      <source>Highest tier reached</source>
      <translation>Highest tier reached</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His data</source>
      <translation>His data</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>His event preferences</source>
      <translation>His event preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His event preferences are saved.</source>
      <translation>His event preferences are saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>His personal data is erased. Another shopcrm window or program has the shop open, so the last traces of him leave the file only when it closes and shopcrm is closed too.</source>
      <translation>His personal data is erased. Another shopcrm window or program has the shop open, so the last traces of him leave the file only when it closes and shopcrm is closed too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Hobbies</source>
      <translation>Hobbies</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>House type</source>
      <translation>House type</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>In days</source>
      <translation>In days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>In the customer's words</source>
      <translation>In the customer's words</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Income band</source>
      <translation>Income band</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Intending buyer</source>
      <translation>Intending buyer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Keep which record? The other one is merged into it.</source>
      <translation>Keep which record? The other one is merged into it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Kept</source>
      <translation>Kept</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Key date</source>
      <translation>Key date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Key dates</source>
      <translation>Key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Last visit</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lifestyle</source>
      <translation>Lifestyle</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Lost</source>
      <translation>Lost</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Lunar</source>
      <translation>Lunar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Lunar calendar</source>
      <translation>Lunar calendar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lunar calendar birthday</source>
      <translation>Lunar calendar birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>Merge two customers</source>
      <translation>Merge two customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merged</source>
      <translation>Merged</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merged into it</source>
      <translation>Merged into it</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Merges</source>
      <translation>Merges</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Messages: not asked yet, or declined at registration.</source>
      <translation>Messages: not asked yet, or declined at registration.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Minimum spend (¥)</source>
      <translation>Minimum spend (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Move to trash</source>
      <translation>Move to trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Move {name} to the trash? The owner can restore the card from there.</source>
      <translation>Move {name} to the trash? The owner can restore the card from there.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Native place</source>
      <translation>Native place</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>New complaint…</source>
      <translation>New complaint…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>No customer has this phone or number.</source>
      <translation>No customer has this phone or number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>No customers yet. Add the first one (Ctrl+N) when a customer comes to the counter, then record the sale; or bring in your old list from Excel.</source>
      <translation>No customers yet. Add the first one (Ctrl+N) when a customer comes to the counter, then record the sale; or bring in your old list from Excel.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>No tier</source>
      <translation>No tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Not invited</source>
      <translation>Not invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Not saved: check the fields marked in red.</source>
      <translation>Not saved: check the fields marked in red.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>Only a name and phone are needed. What the customer tells us stays in this shop and is never shared.</source>
      <translation>Only a name and phone are needed. What the customer tells us stays in this shop and is never shared.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid back by</source>
      <translation>Paid back by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid back to the customer: {paid}.</source>
      <translation>Paid back to the customer: {paid}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Paid by</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Paid in (¥)</source>
      <translation>Paid in (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Personality</source>
      <translation>Personality</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Phone number copied.</source>
      <translation>Phone number copied.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Preferred contact</source>
      <translation>Preferred contact</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Print membership card…</source>
      <translation>Print membership card…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Print the card for a home visit…</source>
      <translation>Print the card for a home visit…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>Profile {p}% complete (hard facts 20%, knowing the customer 80%)</source>
      <translation>Profile {p}% complete (hard facts 20%, knowing the customer 80%)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Purchases</source>
      <translation>Purchases</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Receipt…</source>
      <translation>Receipt…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Record sale (Ctrl+Enter)</source>
      <translation>Record sale (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Referrals made</source>
      <translation>Referrals made</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Referred by</source>
      <translation>Referred by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Refund the balance</source>
      <translation>Refund the balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Refund…</source>
      <translation>Refund…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Regular</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove key date</source>
      <translation>Remove key date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Remove {what}?</source>
      <translation>Remove {what}?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Residential community</source>
      <translation>Residential community</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Return this sale</source>
      <translation>Return this sale</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Return this sale…</source>
      <translation>Return this sale…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Sale recorded.</source>
      <translation>Sale recorded.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Save preferences</source>
      <translation>Save preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Save the changes to {name}?</source>
      <translation>Save the changes to {name}?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>Search: last digits of the phone, name, pinyin initials (zxl) or number</source>
      <translation>Search: last digits of the phone, name, pinyin initials (zxl) or number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Second phone</source>
      <translation>Second phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>She would enjoy</source>
      <translation>She would enjoy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>She would like us to remember this day</source>
      <translation>She would like us to remember this day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Shoe size</source>
      <translation>Shoe size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Solar</source>
      <translation>Solar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Spending habits</source>
      <translation>Spending habits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Stored value</source>
      <translation>Stored value</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Style preferences</source>
      <translation>Style preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>Take back the whole sale of {date} ({total})? Everything it took comes back: the money, the balance, the points and the vouchers.</source>
      <translation>Take back the whole sale of {date} ({total})? Everything it took comes back: the money, the balance, the points and the vouchers.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Text message</source>
      <translation>Text message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>That customer no longer exists; search again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>That merge no longer exists.</source>
      <translation>That merge no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>That merge was undone already.</source>
      <translation>That merge was undone already.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>That month has at most {n} days.</source>
      <translation>That month has at most {n} days.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>The area must be between 0 and 100,000 m².</source>
      <translation>The area must be between 0 and 100,000 m².</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>The customer would like us to remember this day</source>
      <translation>The customer would like us to remember this day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The customer's event preferences are saved.</source>
      <translation>The customer's event preferences are saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The customer's personal data is erased. Another shopcrm window or program has the shop open, so the last traces leave the file only when it closes and shopcrm is closed too.</source>
      <translation>The customer's personal data is erased. Another shopcrm window or program has the shop open, so the last traces leave the file only when it closes and shopcrm is closed too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>The last save was undone.</source>
      <translation>The last save was undone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>The month is a number from 1 to 12.</source>
      <translation>The month is a number from 1 to 12.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>The referring customer no longer exists.</source>
      <translation>The referring customer no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>The shop keeps the bonus not yet spent, {kept}.</source>
      <translation>The shop keeps the bonus not yet spent, {kept}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>The shop takes no top-ups: see Settings.</source>
      <translation>The shop takes no top-ups: see Settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>These vouchers can be used again: {codes}.</source>
      <translation>These vouchers can be used again: {codes}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/privacy.py" />
      <source>This customer was merged into {number}: erase that customer.</source>
      <translation>This customer was merged into {number}: erase that customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>This customer's personal data was erased on request, so this merge cannot be undone.</source>
      <translation>This customer's personal data was erased on request, so this merge cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>This customer's personal data was erased on request: the record keeps only its figures. If the customer comes back and agrees, add them as a new customer.</source>
      <translation>This customer's personal data was erased on request: the record keeps only its figures. If the customer comes back and agrees, add them as a new customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>This month's gifts: {spent}</source>
      <translation>This month's gifts: {spent}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>This month's gifts: {spent} of {budget}</source>
      <translation>This month's gifts: {spent} of {budget}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>This phone already belongs to {name} ({number}).</source>
      <translation>This phone already belongs to {name} ({number}).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Top size</source>
      <translation>Top size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Top up the balance</source>
      <translation>Top up the balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Top up…</source>
      <translation>Top up…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <location filename="../../shopcrm/ui/customers/customer_table.py" />
      <source>Total spent</source>
      <translation>Total spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Trash</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/key_dates.py" />
      <source>Type a year between 1900 and next year, or leave it empty.</source>
      <translation>Type a year between 1900 and next year, or leave it empty.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Type a year between 1900 and this year.</source>
      <translation>Type a year between 1900 and this year.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Type a year, e.g. 1985.</source>
      <translation>Type a year, e.g. 1985.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Type the area in m², e.g. 120.5.</source>
      <translation>Type the area in m², e.g. 120.5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>Type the customer's name (a surname alone is fine).</source>
      <translation>Type the customer's name (a surname alone is fine).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>Type the customer's phone number: it is how the card is found.</source>
      <translation>Type the customer's phone number: it is how the card is found.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Undo last save</source>
      <translation>Undo last save</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Undo the merge</source>
      <translation>Undo the merge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>Undone</source>
      <translation>Undone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Upgraded to {tier}!</source>
      <translation>Upgraded to {tier}!</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Used on</source>
      <translation>Used on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>VIP and points</source>
      <translation>VIP and points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Valid from</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>Visitor</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>Visits</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Vouchers</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Wallet</source>
      <translation>Wallet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/labels.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>WeChat ID</source>
      <translation>WeChat ID</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>What matters to the customer</source>
      <translation>What matters to the customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Whose / what</source>
      <translation>Whose / what</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Why?</source>
      <translation>Why?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>Worth</source>
      <translation>Worth</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Would enjoy</source>
      <translation>Would enjoy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
      <translation>Write the date as year-month-day, e.g. 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_card.py" />
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Year built</source>
      <translation>Year built</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>agreed to messages</source>
      <translation>agreed to messages</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>complaints</source>
      <translation>complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>contacts</source>
      <translation>contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>e.g. 138 1234 5678</source>
      <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/profile_tabs.py" />
      <source>e.g. 1990-05-03</source>
      <translation>e.g. 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>e.g. daughter Lili, wedding</source>
      <translation>e.g. daughter Lili, wedding</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>e.g. weekend afternoons</source>
      <translation>e.g. weekend afternoons</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>key dates</source>
      <translation>key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>no phone</source>
      <translation>no phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>nothing</source>
      <translation>nothing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>optional, e.g. 1990-05-03</source>
      <translation>optional, e.g. 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/quick_add.py" />
      <source>optional: phone or number of the friend who brought this customer</source>
      <translation>optional: phone or number of the friend who brought this customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/wallet_dialogs.py" />
      <source>or per cent off</source>
      <translation>or per cent off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>points entries</source>
      <translation>points entries</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>referred friends</source>
      <translation>referred friends</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>sales</source>
      <translation>sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>tier changes</source>
      <translation>tier changes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>withdrew from messages</source>
      <translation>withdrew from messages</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{absorbed} and {survivor} are two customers again.</source>
      <translation>{absorbed} and {survivor} are two customers again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/merge_dialog.py" />
      <source>{absorbed} will be merged into {survivor}.
Moves: {moved}.
Empty fields filled from {absorbed}: {filled}.
{absorbed} then goes to the trash, marked as merged.</source>
      <translation>{absorbed} will be merged into {survivor}.
Moves: {moved}.
Empty fields filled from {absorbed}: {filled}.
{absorbed} then goes to the trash, marked as merged.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{amount} is back on the balance.</source>
      <translation>{amount} is back on the balance.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/summary.py" />
      <source>{amount} more to reach {tier}</source>
      <translation>{amount} more to reach {tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{date} {title}</source>
      <translation>{date} {title}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{items}, returned</source>
      <translation>{items}, returned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/card_header.py" />
      <source>{made} ({converted} bought)</source>
      <translation>{made} ({converted} bought)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{name} is back in the list.</source>
      <translation>{name} is back in the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/profiles.py" />
      <source>{name} was merged into {number}; open that customer instead.</source>
      <translation>{name} was merged into {number}; open that customer instead.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/merge.py" />
      <source>{name}'s phone {phone} now belongs to {owner} ({number}); change one of the two, then undo the merge.</source>
      <translation>{name}'s phone {phone} now belongs to {owner} ({number}); change one of the two, then undo the merge.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} complaints</source>
      <translation>
        <numerusform>{n} complaint</numerusform>
        <numerusform>{n} complaints</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} contacts</source>
      <translation>
        <numerusform>{n} contact</numerusform>
        <numerusform>{n} contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} customer</numerusform>
        <numerusform>{n} customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/trash_dialog.py" />
      <source>{n} customers in the trash</source>
      <translation>
        <numerusform>{n} customer in the trash</numerusform>
        <numerusform>{n} customers in the trash</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} customers match — choose one with ↑↓ and Enter</source>
      <translation>{n} customers match — choose one with ↑↓ and Enter</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/events_tab.py" />
      <source>{n} events, came to {came}</source>
      <translation>
        <numerusform>{n} event, came to {came}</numerusform>
        <numerusform>{n} events, came to {came}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>{n} gifts to hand over</source>
      <translation>
        <numerusform>{n} gift to hand over</numerusform>
        <numerusform>{n} gifts to hand over</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/key_dates_tab.py" />
      <source>{n} key dates</source>
      <translation>
        <numerusform>{n} key date</numerusform>
        <numerusform>{n} key dates</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/customer_page.py" />
      <source>{n} matches</source>
      <translation>
        <numerusform>{n} match</numerusform>
        <numerusform>{n} matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/customers/summary.py" />
      <source>{n} more visits to reach {tier}</source>
      <translation>
        <numerusform>{n} more visit to reach {tier}</numerusform>
        <numerusform>{n} more visits to reach {tier}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} pcs</source>
      <translation>
        <numerusform>{n} pc</numerusform>
        <numerusform>{n} pcs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} points are back.</source>
      <translation>{n} points are back.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/history_tabs.py" />
      <source>{n} sales, {total} in all</source>
      <translation>
        <numerusform>{n} sale, {total} in all</numerusform>
        <numerusform>{n} sales, {total} in all</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/customers/wallet_tab.py" />
      <source>{n} vouchers to use</source>
      <translation>
        <numerusform>{n} voucher to use</numerusform>
        <numerusform>{n} vouchers to use</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/validation.py" />
      <source>“{value}” is not an e-mail address (name@example.com).</source>
      <translation>“{value}” is not an e-mail address (name@example.com).</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../shopcrm/demo/generator.py" />
      <source>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</source>
      <translation>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</translation>
    </message>
  </context>
  <context>
    <name>events</name>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>(nobody)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Add and mark as arrived</source>
      <translation>Add and mark as arrived</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>All {n} places are taken: raise the capacity, or record the guest as maybe.</source>
      <translation>All {n} places are taken: raise the capacity, or record the guest as maybe.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Any</source>
      <translation>Any</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Any clerk</source>
      <translation>Any clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>At the door</source>
      <translation>At the door</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>At this event</source>
      <translation>At this event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Attendees' sales</source>
      <translation>Attendees' sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Attendees' sales, {n} days</source>
      <translation>Attendees' sales, {n} days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Birthday party</source>
      <translation>Birthday party</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Brought by a guest</source>
      <translation>Brought by a guest</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Brought by a guest: choose the guest among those here</source>
      <translation>Brought by a guest: choose the guest among those here</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Brought by guests</source>
      <translation>Brought by guests</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Brought by the event</source>
      <translation>Brought by the event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Brought by {name}</source>
      <translation>Brought by {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Brought, {n} days</source>
      <translation>Brought, {n} days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Came</source>
      <translation>Came</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel event</source>
      <translation>Cancel event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel event…</source>
      <translation>Cancel event…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancel {title} on {when}? The guests who had been told get a call from their clerk to hear it is off; this cannot be undone.</source>
      <translation>Cancel {title} on {when}? The guests who had been told get a call from their clerk to hear it is off; this cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Cancelled: the event was not held, so only its invitations count.</source>
      <translation>Cancelled: the event was not held, so only its invitations count.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Cancelled: the guests who had been told hear it from their clerk.</source>
      <translation>Cancelled: the guests who had been told hear it from their clerk.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Change event</source>
      <translation>Change event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Change…</source>
      <translation>Change…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose a customer group from the list.</source>
      <translation>Choose a customer group from the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose a day between 2000 and {year}.</source>
      <translation>Choose a day between 2000 and {year}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Choose a guest in the list first.</source>
      <translation>Choose a guest in the list first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Choose an event in the list first.</source>
      <translation>Choose an event in the list first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose kinds of event from the list.</source>
      <translation>Choose kinds of event from the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose lifecycle stages from the list.</source>
      <translation>Choose lifecycle stages from the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose the day and time it starts.</source>
      <translation>Choose the day and time it starts.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Choose the guest in the list of those here first.</source>
      <translation>Choose the guest in the list of those here first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Choose the reply</source>
      <translation>Choose the reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose the reply: yes, no, maybe or no answer.</source>
      <translation>Choose the reply: yes, no, maybe or no answer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose this month or next month.</source>
      <translation>Choose this month or next month.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose what kind of event it is.</source>
      <translation>Choose what kind of event it is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>Choose who brought this guest from those here.</source>
      <translation>Choose who brought this guest from those here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Choose who organises it.</source>
      <translation>Choose who organises it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Choose who to invite: set a condition, or ask for every customer.</source>
      <translation>Choose who to invite: set a condition, or ask for every customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Choose who to invite: set a condition, or tick every customer.</source>
      <translation>Choose who to invite: set a condition, or tick every customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Clerk in charge</source>
      <translation>Clerk in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Copied to {when}: change the day with Change… if it differs.</source>
      <translation>Copied to {when}: change the day with Change… if it differs.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Copy a year on</source>
      <translation>Copy a year on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Customer group</source>
      <translation>Customer group</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Customers by condition</source>
      <translation>Customers by condition</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Date and time</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Every event's figures, one row per event</source>
      <translation>Every event's figures, one row per event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Expected from their own average</source>
      <translation>Expected from their own average</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Expected, {n} days</source>
      <translation>Expected, {n} days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Export the events report</source>
      <translation>Export the events report</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Find the customer and press Enter to invite:</source>
      <translation>Find the customer and press Enter to invite:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Find the guest and press Enter to tick as here:</source>
      <translation>Find the guest and press Enter to tick as here:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>From the event day</source>
      <translation>From the event day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Gift</source>
      <translation>Gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Gift handed over to {name}.</source>
      <translation>Gift handed over to {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Gift per guest</source>
      <translation>Gift per guest</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Gifts handed over</source>
      <translation>Gifts handed over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Give the event a title, e.g. Spring preview.</source>
      <translation>Give the event a title, e.g. Spring preview.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Guest's name</source>
      <translation>Guest's name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Guest's phone</source>
      <translation>Guest's phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Guests</source>
      <translation>Guests</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Hand over the gift</source>
      <translation>Hand over the gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Here</source>
      <translation>Here</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>How the guest came</source>
      <translation>How the guest came</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite guests to {title}</source>
      <translation>Invite guests to {title}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Invite guests…</source>
      <translation>Invite guests…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite them</source>
      <translation>Invite them</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Invite {n} customers</source>
      <translation>
        <numerusform>Invite {n} customer</numerusform>
        <numerusform>Invite {n} customers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Invited on</source>
      <translation>Invited on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: cannot come.</source>
      <translation>Invited: cannot come.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: coming.</source>
      <translation>Invited: coming.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: may come.</source>
      <translation>Invited: may come.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Invited: no answer yet.</source>
      <translation>Invited: no answer yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Invited: {reply}</source>
      <translation>Invited: {reply}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>Last digits of the phone, name or pinyin initials (zxl)</source>
      <translation>Last digits of the phone, name or pinyin initials (zxl)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Last year's event again, a year on, without its guests</source>
      <translation>Last year's event again, a year on, without its guests</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>Left out: {reasons}.</source>
      <translation>Left out: {reasons}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Lifecycle</source>
      <translation>Lifecycle</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Maybe</source>
      <translation>Maybe</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>New customers</source>
      <translation>New customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>New event</source>
      <translation>New event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>New event…</source>
      <translation>New event…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Next month</source>
      <translation>Next month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>No answer</source>
      <translation>No answer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>No limit on places.</source>
      <translation>No limit on places.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>No place left: {name} is not invited.</source>
      <translation>No place left: {name} is not invited.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>No-shows</source>
      <translation>No-shows</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Nobody in charge</source>
      <translation>Nobody in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Not asked yet</source>
      <translation>Not asked yet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Not held yet: who came and what they bought show from {date}, the event day.</source>
      <translation>Not held yet: who came and what they bought show from {date}, the event day.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Not invited</source>
      <translation>Not invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>One customer</source>
      <translation>One customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Only customers who said they like this kind of event ({kind})</source>
      <translation>Only customers who said they like this kind of event ({kind})</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Or every customer, with no condition (the best first)</source>
      <translation>Or every customer, with no condition (the best first)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Other event</source>
      <translation>Other event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Outing</source>
      <translation>Outing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Places</source>
      <translation>Places</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Product preview</source>
      <translation>Product preview</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Record the reply</source>
      <translation>Record the reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Said yes</source>
      <translation>Said yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Said yes and did not come</source>
      <translation>Said yes and did not come</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Take back the gift</source>
      <translation>Take back the gift</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Talk</source>
      <translation>Talk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>That event no longer exists; refresh the list.</source>
      <translation>That event no longer exists; refresh the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>That guest is no longer on the list; refresh it.</source>
      <translation>That guest is no longer on the list; refresh it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>That is the phone of the guest who brought this one.</source>
      <translation>That is the phone of the guest who brought this one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>The budget cannot be below zero.</source>
      <translation>The budget cannot be below zero.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>The event is on {date}: guests are ticked on the day.</source>
      <translation>The event is on {date}: guests are ticked on the day.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>The event was on {date}: who came could be ticked until {last}.</source>
      <translation>The event was on {date}: who came could be ticked until {last}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>The gift for {name} is no longer ticked as handed over.</source>
      <translation>The gift for {name} is no longer ticked as handed over.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event has begun: it can no longer be cancelled.</source>
      <translation>This event has begun: it can no longer be cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>This event has begun: its day and time stay as they were.</source>
      <translation>This event has begun: its day and time stay as they were.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>This event has taken place: a reply no longer counts.</source>
      <translation>This event has taken place: a reply no longer counts.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event has taken place: invite to the next one.</source>
      <translation>This event has taken place: invite to the next one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event is already cancelled.</source>
      <translation>This event is already cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <location filename="../../shopcrm/events/guests.py" />
      <source>This event was cancelled.</source>
      <translation>This event was cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event was cancelled: copy it instead.</source>
      <translation>This event was cancelled: copy it instead.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>This event was cancelled: nobody can be invited.</source>
      <translation>This event was cancelled: nobody can be invited.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/guests.py" />
      <source>This guest came without an invitation: there is no reply to record.</source>
      <translation>This guest came without an invitation: there is no reply to record.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/door.py" />
      <source>Tick the guest as here first: gifts go to those who came.</source>
      <translation>Tick the guest as here first: gifts go to those who came.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>Tiers</source>
      <translation>Tiers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/planning.py" />
      <source>Type how many guests fit, from 1 to {n}.</source>
      <translation>Type how many guests fit, from 1 to {n}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Undo tick</source>
      <translation>Undo tick</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Untick {name}? A gift ticked as handed over is taken back too.</source>
      <translation>Untick {name}? A gift ticked as handed over is taken back too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>Untick {name}? Without an invitation, {name} also comes off the guest list.</source>
      <translation>Untick {name}? Without an invitation, {name} also comes off the guest list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>Walk-in</source>
      <translation>Walk-in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/export.py" />
      <source>Walk-ins</source>
      <translation>Walk-ins</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>Walked in without an invitation</source>
      <translation>Walked in without an invitation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>What those who came bought from the event day on, against what the same customers spend in as many days on average over the year before: the difference is what the event brought.</source>
      <translation>What those who came bought from the event day on, against what the same customers spend in as many days on average over the year before: the difference is what the event brought.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>What to prepare, who to call, …</source>
      <translation>What to prepare, who to call, …</translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>e.g. 138 1234 5678</source>
      <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>e.g. Spring preview</source>
      <translation>e.g. Spring preview</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>e.g. the shop's first floor</source>
      <translation>e.g. the shop's first floor</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>empty: no limit</source>
      <translation>empty: no limit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>events</source>
      <translation>events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>optional, e.g. a care kit</source>
      <translation>optional, e.g. a care kit</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/planning.py" />
      <source>{count} of at least {goal} events for {year} held or planned: plan {n} more.</source>
      <translation>
        <numerusform>{count} of at least {goal} events for {year} held or planned: plan {n} more.</numerusform>
        <numerusform>{count} of at least {goal} events for {year} held or planned: plan {n} more.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} does not accept promotional messages: not invited.</source>
      <translation>{name} does not accept promotional messages: not invited.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is already here.</source>
      <translation>{name} is already here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here, brought by {host}.</source>
      <translation>{name} is here, brought by {host}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here.</source>
      <translation>{name} is here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is here: a walk-in.</source>
      <translation>{name} is here: a walk-in.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} is invited: a follow-up task for the clerk in charge.</source>
      <translation>{name} is invited: a follow-up task for the clerk in charge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{name} is no longer ticked as here.</source>
      <translation>{name} is no longer ticked as here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{name} was invited already.</source>
      <translation>{name} was invited already.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>{name}'s reply is recorded: {reply}.</source>
      <translation>{name}'s reply is recorded: {reply}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} customers invited: a follow-up task for each one's clerk.</source>
      <translation>
        <numerusform>{n} customer invited: a follow-up task for the clerk in charge.</numerusform>
        <numerusform>{n} customers invited: a follow-up task for each one's clerk.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>{n} customers match — choose one with ↑↓ and Enter</source>
      <translation>
        <numerusform>{n} customer matches — choose with ↑↓ and Enter</numerusform>
        <numerusform>{n} customers match — choose one with ↑↓ and Enter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} customers would be invited.</source>
      <translation>
        <numerusform>{n} customer would be invited.</numerusform>
        <numerusform>{n} customers would be invited.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{n} days</source>
      <translation>
        <numerusform>{n} day</numerusform>
        <numerusform>{n} days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} do not accept promotional messages</source>
      <translation>
        <numerusform>{n} does not accept promotional messages</numerusform>
        <numerusform>{n} do not accept promotional messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{n} events exported to {path}.</source>
      <translation>
        <numerusform>{n} event exported to {path}.</numerusform>
        <numerusform>{n} events exported to {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{n} gifts handed over</source>
      <translation>
        <numerusform>{n} gift handed over</numerusform>
        <numerusform>{n} gifts handed over</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/planning.py" />
      <source>{n} guests have already said yes: the capacity cannot be lower.</source>
      <translation>
        <numerusform>{n} guest has already said yes: the capacity cannot be lower.</numerusform>
        <numerusform>{n} guests have already said yes: the capacity cannot be lower.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/door_view.py" />
      <source>{n} here: {walk_ins} walked in, {brought} brought by a guest; {gifts}</source>
      <translation>{n} here: {walk_ins} walked in, {brought} brought by a guest; {gifts}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/guests_view.py" />
      <source>{n} invited: {yes} yes, {maybe} maybe, {no} no, {open} still to answer</source>
      <translation>{n} invited: {yes} yes, {maybe} maybe, {no} no, {open} still to answer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/customer_finder.py" />
      <source>{n} matches</source>
      <translation>
        <numerusform>{n} match</numerusform>
        <numerusform>{n} matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} more than the places left</source>
      <translation>
        <numerusform>{n} more than the places left</numerusform>
        <numerusform>{n} more than the places left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/events/guests.py" />
      <source>{n} of them were invited before.</source>
      <translation>
        <numerusform>{n} of them was invited before.</numerusform>
        <numerusform>{n} of them were invited before.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/events/invite_dialog.py" />
      <source>{n} places left.</source>
      <translation>
        <numerusform>{n} place left.</numerusform>
        <numerusform>{n} places left.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/events/labels.py" />
      <source>{title} (cancelled)</source>
      <translation>{title} (cancelled)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} is already planned on {when}.</source>
      <translation>{title} is already planned on {when}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} is cancelled.</source>
      <translation>{title} is cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{title} on {when} has not been held yet.</source>
      <translation>{title} on {when} has not been held yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/events_page.py" />
      <source>{why} Copy it to {when} all the same?</source>
      <translation>{why} Copy it to {when} all the same?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/report_view.py" />
      <source>{window} ({n} so far)</source>
      <translation>{window} ({n} so far)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/events/event_dialog.py" />
      <source>¥, optional</source>
      <translation>¥, optional</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Accepts promotions</source>
      <translation>Accepts promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Agreed</source>
      <translation>Agreed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Area m²</source>
      <translation>Area m²</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Best times for events</source>
      <translation>Best times for events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Birth year</source>
      <translation>Birth year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Bottom size</source>
      <translation>Bottom size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Building year</source>
      <translation>Building year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Came</source>
      <translation>Came</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Community</source>
      <translation>Community</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>Customer profiles</source>
      <translation>Customer profiles</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Ethnicity</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Events liked</source>
      <translation>Events liked</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>First purchase</source>
      <translation>First purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Hobbies</source>
      <translation>Hobbies</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Home type</source>
      <translation>Home type</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Income</source>
      <translation>Income</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Key dates</source>
      <translation>Key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Last purchase</source>
      <translation>Last purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lifestyle</source>
      <translation>Lifestyle</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Look at these</source>
      <translation>Look at these</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Lunar</source>
      <translation>Lunar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Lunar birthday</source>
      <translation>Lunar birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Native place</source>
      <translation>Native place</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Personality</source>
      <translation>Personality</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Phone 2</source>
      <translation>Phone 2</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Preferred contact</source>
      <translation>Preferred contact</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Purchases</source>
      <translation>Purchases</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Referred by</source>
      <translation>Referred by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Rows not imported</source>
      <translation>Rows not imported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Shoe size</source>
      <translation>Shoe size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Source row</source>
      <translation>Source row</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Spending habits</source>
      <translation>Spending habits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Style preferences</source>
      <translation>Style preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Top size</source>
      <translation>Top size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Total spent</source>
      <translation>Total spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>Values</source>
      <translation>Values</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/columns.py" />
      <source>Visits</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers/fields.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>What the customer said</source>
      <translation>What the customer said</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>lunar {date}</source>
      <translation>lunar {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/customer_record.py" />
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>{month:02d}-{day:02d}</source>
      <translation>{month:02d}-{day:02d}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/exporting.py" />
      <source>{year}-{month:02d}-{day:02d}</source>
      <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
  </context>
  <context>
    <name>loyalty</name>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Add tier</source>
      <translation>&amp;Add tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Preview</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>&amp;Remove tier</source>
      <translation>&amp;Remove tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>A customer cannot refer themselves.</source>
      <translation>A customer cannot refer themselves.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>A friend you bring gets an extra {pct}% off the first purchase.</source>
      <translation>A friend you bring gets an extra {pct}% off the first purchase.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>A level once reached is yours to keep.</source>
      <translation>A level once reached is yours to keep.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>A merge was undone</source>
      <translation>A merge was undone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Add at least one tier.</source>
      <translation>Add at least one tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Adjusted</source>
      <translation>Adjusted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>At risk</source>
      <translation>At risk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Balance: {points} points</source>
      <translation>
        <numerusform>Balance: {points} point</numerusform>
        <numerusform>Balance: {points} points</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Benefits</source>
      <translation>Benefits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Best customers</source>
      <translation>Best customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Birthday extra</source>
      <translation>Birthday extra</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Birthday voucher</source>
      <translation>Birthday voucher</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Birthday voucher ¥</source>
      <translation>Birthday voucher ¥</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Bought recently, often and the most: thank them, invite them to events.</source>
      <translation>Bought recently, often and the most: thank them, invite them to events.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Buy often: keep in touch and greet them on their days.</source>
      <translation>Buy often: keep in touch and greet them on their days.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Came back lately: a little care makes them regulars.</source>
      <translation>Came back lately: a little care makes them regulars.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Choose a month from {first} to {last}.</source>
      <translation>Choose a month from {first} to {last}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>Choose the referrer from the customer list; that one is gone.</source>
      <translation>Choose the referrer from the customer list; that one is gone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Compensation for the complaint of {date}</source>
      <translation>Compensation for the complaint of {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Customer groups</source>
      <translation>Customer groups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Earned</source>
      <translation>Earned</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Every ¥1 you spend earns {n} points, times your level's multiplier.</source>
      <translation>
        <numerusform>Every ¥1 you spend earns {n} point, times your level's multiplier.</numerusform>
        <numerusform>Every ¥1 you spend earns {n} points, times your level's multiplier.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Expires</source>
      <translation>Expires</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Extra on your birthday</source>
      <translation>Extra on your birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Few, small, long-ago purchases: a friendly note now and then.</source>
      <translation>Few, small, long-ago purchases: a friendly note now and then.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>First purchase</source>
      <translation>First purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>First purchase lately: call within a week and make the customer welcome.</source>
      <translation>First purchase lately: call within a week and make the customer welcome.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends he brought</source>
      <translation>Friends he brought</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends she brought</source>
      <translation>Friends she brought</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Friends this customer brought</source>
      <translation>Friends this customer brought</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Has not bought yet.</source>
      <translation>Has not bought yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Hibernating</source>
      <translation>Hibernating</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>If you no longer meet your level's requirement, you move down a level.</source>
      <translation>If you no longer meet your level's requirement, you move down a level.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Levels are reviewed once a year, on {month}-{day}.</source>
      <translation>Levels are reviewed once a year, on {month}-{day}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Loyal</source>
      <translation>Loyal</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Merged with {number}</source>
      <translation>Merged with {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Middling on every count: a personal message may bring them back.</source>
      <translation>Middling on every count: a personal message may bring them back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Need attention</source>
      <translation>Need attention</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No customer has this phone or number.</source>
      <translation>No customer has this phone or number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No tier</source>
      <translation>No tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought her.</source>
      <translation>Nobody is recorded as having brought her.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought him.</source>
      <translation>Nobody is recorded as having brought him.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Nobody is recorded as having brought this customer.</source>
      <translation>Nobody is recorded as having brought this customer.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Of {n} customers: {up} move up, {down} move down, {same} stay where they are.</source>
      <translation>
        <numerusform>Of {n} customer: {up} move up, {down} move down, {same} stay where they are.</numerusform>
        <numerusform>Of {n} customers: {up} move up, {down} move down, {same} stay where they are.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>On registration</source>
      <translation>On registration</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Only the owner can adjust points; ask the owner to do it.</source>
      <translation>Only the owner can adjust points; ask the owner to do it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought her</source>
      <translation>Phone or number of the friend who brought her</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought him</source>
      <translation>Phone or number of the friend who brought him</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Phone or number of the friend who brought this customer</source>
      <translation>Phone or number of the friend who brought this customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Points are valid until the end of the year after they were earned.</source>
      <translation>Points are valid until the end of the year after they were earned.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Points are valid until the end of the year they were earned.</source>
      <translation>Points are valid until the end of the year they were earned.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Points pay towards a sale, not a return; set them to 0.</source>
      <translation>Points pay towards a sale, not a return; set them to 0.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Points valid until {date} lapsed</source>
      <translation>Points valid until {date} lapsed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Points ×</source>
      <translation>Points ×</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Points, referrals and customer groups</source>
      <translation>Points, referrals and customer groups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Preview the change before applying it.</source>
      <translation>Preview the change before applying it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Promising</source>
      <translation>Promising</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Redeemed</source>
      <translation>Redeemed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Referral: {name} made a first purchase</source>
      <translation>Referral: {name} made a first purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_settings.py" />
      <source>Referrals</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Referred by {name} ({number})</source>
      <translation>Referred by {name} ({number})</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Requirement</source>
      <translation>Requirement</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Return {date}</source>
      <translation>Return {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Sale {date}</source>
      <translation>Sale {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>Save as &amp;web page…</source>
      <translation>Save as &amp;web page…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Say why the points change: the customer may ask.</source>
      <translation>Say why the points change: the customer may ask.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Set referrer</source>
      <translation>Set referrer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Spending in the last 12 months changed</source>
      <translation>Spending in the last 12 months changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Spent</source>
      <translation>Spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>That customer no longer exists; search again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>The customer has already bought; the status follows the purchases.</source>
      <translation>The customer has already bought; the status follows the purchases.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The customer has {n} points; redeem at most that many.</source>
      <translation>
        <numerusform>The customer has {n} point; redeem at most that many.</numerusform>
        <numerusform>The customer has {n} points; redeem at most that many.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The customer has {n} points; take away at most that many.</source>
      <translation>
        <numerusform>The customer has {n} point; take away at most that many.</numerusform>
        <numerusform>The customer has {n} points; take away at most that many.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>The lowest tier must start at 0, so that every customer has a tier.</source>
      <translation>The lowest tier must start at 0, so that every customer has a tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>The points would be worth more than the sale; redeem at most {n}.</source>
      <translation>The points would be worth more than the sale; redeem at most {n}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>The rules</source>
      <translation>The rules</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>The tiers were changed elsewhere; close the settings and open them again.</source>
      <translation>The tiers were changed elsewhere; close the settings and open them again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Threshold (¥)</source>
      <translation>Threshold (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Tier history</source>
      <translation>Tier history</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Tier name</source>
      <translation>Tier name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Tier re-evaluated</source>
      <translation>Tier re-evaluated</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}, birthday extra: {problem}</source>
      <translation>Tier {n}, birthday extra: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}, discount: {problem}</source>
      <translation>Tier {n}, discount: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: a name has at most {limit} characters.</source>
      <translation>Tier {n}: a name has at most {limit} characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: a number of visits is a whole number, e.g. 5.</source>
      <translation>Tier {n}: a number of visits is a whole number, e.g. 5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: shorten the benefits to at most {limit} characters.</source>
      <translation>Tier {n}: shorten the benefits to at most {limit} characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the birthday voucher is an amount in yuan, e.g. 50, or 0 for none.</source>
      <translation>Tier {n}: the birthday voucher is an amount in yuan, e.g. 50, or 0 for none.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</source>
      <translation>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the threshold must be from 0 to 999,999,999.</source>
      <translation>Tier {n}: the threshold must be from 0 to 999,999,999.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</source>
      <translation>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: type a name, e.g. 银卡.</source>
      <translation>Tier {n}: type a name, e.g. 银卡.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</source>
      <translation>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>To keep a level, spending up to {n} days beyond the 12 months still counts.</source>
      <translation>To keep a level, spending up to {n} days beyond the 12 months still counts.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Type a discount as the percentage off or as 折: 5, 95折, 9.5折 and 九五折 are all 5% off. A number without 折 is always the percentage off.</source>
      <translation>Type a discount as the percentage off or as 折: 5, 95折, 9.5折 and 九五折 are all 5% off. A number without 折 is always the percentage off.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Type how many points to add, or take away with a minus sign.</source>
      <translation>Type how many points to add, or take away with a minus sign.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/points.py" />
      <source>Type the points to redeem as 0 or more.</source>
      <translation>Type the points to redeem as 0 or more.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/segments.py" />
      <source>Used to buy often or much, not lately: call them first.</source>
      <translation>Used to buy often or much, not lately: call them first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>VIP levels</source>
      <translation>VIP levels</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>VIP rules</source>
      <translation>VIP rules</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>VIP rules changed</source>
      <translation>VIP rules changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>VIP tiers</source>
      <translation>VIP tiers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>Visits</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/vip_rules_dialog.py" />
      <source>Web page (*.html)</source>
      <translation>Web page (*.html)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>When your friend makes a first purchase, you receive: {thanks}.</source>
      <translation>When your friend makes a first purchase, you receive: {thanks}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>With the 12-month rule, a customer keeps their tier while their spending over the last 12 months plus the grace period still reaches it.</source>
      <translation>With the 12-month rule, a customer keeps their tier while their spending over the last 12 months plus the grace period still reaches it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Write the month as YYYY-MM, e.g. 2025-03.</source>
      <translation>Write the month as YYYY-MM, e.g. 2025-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>Yearly tier review</source>
      <translation>Yearly tier review</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>You move up as soon as you qualify.</source>
      <translation>You move up as soon as you qualify.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows how many times you have shopped with us.</source>
      <translation>Your level follows how many times you have shopped with us.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows what you spent with us in the last 12 months.</source>
      <translation>Your level follows what you spent with us in the last 12 months.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>Your level follows your total spending with us.</source>
      <translation>Your level follows your total spending with us.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>a {amount} voucher</source>
      <translation>a {amount} voucher</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{amount} spent in the last 12 months</source>
      <translation>{amount} spent in the last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{amount} spent in total</source>
      <translation>{amount} spent in total</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{made} friends brought, {converted} bought, {revenue} in sales</source>
      <translation>{made} friends brought, {converted} bought, {revenue} in sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>{name}'s referral was already rewarded; it can no longer change.</source>
      <translation>{name}'s referral was already rewarded; it can no longer change.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>{n} keep a tier they no longer qualify for, by the downgrade rule.</source>
      <translation>
        <numerusform>{n} keeps a tier no longer qualified for, by the downgrade rule.</numerusform>
        <numerusform>{n} keep a tier they no longer qualify for, by the downgrade rule.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/tier_settings.py" />
      <source>{n} move off a tier you removed.</source>
      <translation>
        <numerusform>{n} moves off a tier you removed.</numerusform>
        <numerusform>{n} move off a tier you removed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{n} points</source>
      <translation>
        <numerusform>{n} point</numerusform>
        <numerusform>{n} points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/reasons.py" />
      <source>{n} points for {amount} off, sale {date}</source>
      <translation>
        <numerusform>{n} point for {amount} off, sale {date}</numerusform>
        <numerusform>{n} points for {amount} off, sale {date}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{n} points take ¥1 off a purchase.</source>
      <translation>
        <numerusform>{n} point takes ¥1 off a purchase.</numerusform>
        <numerusform>{n} points take ¥1 off a purchase.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{n} tier changes</source>
      <translation>
        <numerusform>{n} tier change</numerusform>
        <numerusform>{n} tier changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/loyalty/tiers.py" />
      <source>{n} visits</source>
      <translation>
        <numerusform>{n} visit</numerusform>
        <numerusform>{n} visits</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/referrals.py" />
      <source>{referrer} was brought in through {name}; choose someone else.</source>
      <translation>{referrer} was brought in through {name}; choose someone else.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{segment} — {advice}</source>
      <translation>{segment} — {advice}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_rules.py" />
      <source>{shop} VIP levels</source>
      <translation>{shop} VIP levels</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/loyalty/loyalty_tab.py" />
      <source>{tier}: {benefits}</source>
      <translation>{tier}: {benefits}</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>A card printer, one card a page</source>
      <translation>A card printer, one card a page</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>A4 sheets to cut</source>
      <translation>A4 sheets to cut</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Clerk: {name}</source>
      <translation>Clerk: {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Member: {name}</source>
      <translation>Member: {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>Membership card</source>
      <translation>Membership card</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>No. {number}</source>
      <translation>No. {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Points: {earned}, balance {balance}</source>
      <translation>Points: {earned}, balance {balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Receipt</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Sales receipt</source>
      <translation>Sales receipt</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/document_dialog.py" />
      <source>Save as P&amp;DF…</source>
      <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Stored value left: {balance}</source>
      <translation>Stored value left: {balance}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/visit_sheet_dialog.py" />
      <source>The card for a home visit</source>
      <translation>The card for a home visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Tier: {tier}</source>
      <translation>Tier: {tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>Vouchers used: {codes}</source>
      <translation>Vouchers used: {codes}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/card_page.py" />
      <source>membership card {number}</source>
      <translation>membership card {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/receipt_page.py" />
      <source>receipt {number}</source>
      <translation>receipt {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/printing/visit_sheet_dialog.py" />
      <source>visit-{number}</source>
      <translation>visit-{number}</translation>
    </message>
  </context>
  <context>
    <name>sales</name>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>({n} points)</source>
      <translation>
        <numerusform>({n} point)</numerusform>
        <numerusform>({n} points)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>A return cannot come before its sale.</source>
      <translation>A return cannot come before its sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>A return takes no extra discount; set it to 0.</source>
      <translation>A return takes no extra discount; set it to 0.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>A voucher chosen no longer exists; choose again.</source>
      <translation>A voucher chosen no longer exists; choose again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Add at least one item to the sale.</source>
      <translation>Add at least one item to the sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Alipay</source>
      <translation>Alipay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Balance: {held}</source>
      <translation>Balance: {held}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Balance: {problem}</source>
      <translation>Balance: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Bank card</source>
      <translation>Bank card</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Birthday discount</source>
      <translation>Birthday discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Choose how the customer paid.</source>
      <translation>Choose how the customer paid.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Colour</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Discount: {problem}</source>
      <translation>Discount: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Extra discount</source>
      <translation>Extra discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Extra discount (¥)</source>
      <translation>Extra discount (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>From the balance (¥)</source>
      <translation>From the balance (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}, price: {problem}</source>
      <translation>Item {n}, price: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}, quantity: {problem}</source>
      <translation>Item {n}, quantity: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: the customer has {bought} of style {style} from the shop; no more than that can come back.</source>
      <translation>Item {n}: the customer has {bought} of style {style} from the shop; no more than that can come back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: the quantity must be from 1 to {most} (a negative quantity for a return).</source>
      <translation>Item {n}: the quantity must be from 1 to {most} (a negative quantity for a return).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Item {n}: type its price, or remove the row.</source>
      <translation>Item {n}: type its price, or remove the row.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Item {n}: {problem}</source>
      <translation>Item {n}: {problem}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Not recorded</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>One sale takes at most {n} vouchers.</source>
      <translation>
        <numerusform>One sale takes at most {n} voucher.</numerusform>
        <numerusform>One sale takes at most {n} vouchers.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Our shop</source>
      <translation>Our shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Paid by</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Points: type 0 to {n}, the points on the card.</source>
      <translation>Points: type 0 to {n}, the points on the card.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Print a receipt</source>
      <translation>Print a receipt</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Record sale (Ctrl+S)</source>
      <translation>Record sale (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Referral discount</source>
      <translation>Referral discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Remove row</source>
      <translation>Remove row</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Rest to pay</source>
      <translation>Rest to pay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Sale to {name}</source>
      <translation>Sale to {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Stored value</source>
      <translation>Stored value</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Style no.</source>
      <translation>Style no.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tell {name} the good news and the new benefits:</source>
      <translation>Tell {name} the good news and the new benefits:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tell {name} the good news.</source>
      <translation>Tell {name} the good news.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <source>Thank you, and see you again soon!</source>
      <translation>Thank you, and see you again soon!</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <location filename="../../shopcrm/sales/returns.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>That customer no longer exists; search again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/receipts.py" />
      <location filename="../../shopcrm/sales/returns.py" />
      <source>That sale no longer exists.</source>
      <translation>That sale no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The discount cannot be negative.</source>
      <translation>The discount cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The discount is larger than the sale.</source>
      <translation>The discount is larger than the sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The price cannot be negative.</source>
      <translation>The price cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>The return date cannot be in the future.</source>
      <translation>The return date cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale date cannot be in the future.</source>
      <translation>The sale date cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale date is before {day}: check the year.</source>
      <translation>The sale date is before {day}: check the year.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>The sale is too large: at most {most} in one sale.</source>
      <translation>The sale is too large: at most {most} in one sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>The same voucher is chosen twice.</source>
      <translation>The same voucher is chosen twice.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>This is a return: it cannot come back.</source>
      <translation>This is a return: it cannot come back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>This return gives back {refund}, more than the customer has spent ({spent}): check the prices and quantities.</source>
      <translation>This return gives back {refund}, more than the customer has spent ({spent}): check the prices and quantities.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/returns.py" />
      <source>This sale came back on {day}.</source>
      <translation>This sale came back on {day}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>Tier discount</source>
      <translation>Tier discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Tier upgrade</source>
      <translation>Tier upgrade</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Type or scan a code</source>
      <translation>Type or scan a code</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Type the price and Enter; ↓ for the next item. Home goes to the style number, which fills in what was sold before. Ctrl+S records the sale.</source>
      <translation>Type the price and Enter; ↓ for the next item. Home goes to the style number, which fills in what was sold before. Ctrl+S records the sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Use points</source>
      <translation>Use points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Use {amount}</source>
      <translation>Use {amount}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Use {code} ({off} off)</source>
      <translation>Use {code} ({off} off)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>Use {n}</source>
      <translation>Use {n}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/recording.py" />
      <source>Voucher {code} has just been used.</source>
      <translation>Voucher {code} has just been used.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/pricing.py" />
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>Vouchers</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales/payments.py" />
      <source>WeChat Pay</source>
      <translation>WeChat Pay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday today</source>
      <translation>birthday today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday today: {pct}% extra off</source>
      <translation>birthday today: {pct}% extra off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>birthday {date}: {pct}% extra off that day</source>
      <translation>birthday {date}: {pct}% extra off that day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>first purchase as a referred friend: {pct}% off</source>
      <translation>first purchase as a referred friend: {pct}% off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>no tier</source>
      <translation>no tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>the quantity cannot be 0 (a negative one is a return).</source>
      <translation>the quantity cannot be 0 (a negative one is a return).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/wallet_panel.py" />
      <source>{code} · {worth} · until {day}</source>
      <translation>{code} · {worth} · until {day}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{name} is now {tier}!</source>
      <translation>{name} is now {tier}!</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{n} points (worth {amount})</source>
      <translation>
        <numerusform>{n} point (worth {amount})</numerusform>
        <numerusform>{n} points (worth {amount})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/sales/sale_dialog.py" />
      <source>{n} points; 1 point = {value}</source>
      <translation>
        <numerusform>{n} point; 1 point = {value}</numerusform>
        <numerusform>{n} points; 1 point = {value}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>shop</name>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>A folder for the second copy</source>
      <translation>A folder for the second copy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>A folder on a USB stick or another disk (none: no second copy)</source>
      <translation>A folder on a USB stick or another disk (none: no second copy)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>A separate shop of made-up customers opens in a window of its own; this one stays as it is.</source>
      <translation>A separate shop of made-up customers opens in a window of its own; this one stays as it is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Add customers at the counter as they come, with their first sale.</source>
      <translation>Add customers at the counter as they come, with their first sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Add the clerk</source>
      <translation>Add the clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>Another program (a second shopcrm window, or an import) has the shop open, so it was not converted and nothing was changed. Close it and try again.</source>
      <translation>Another program (a second shopcrm window, or an import) has the shop open, so it was not converted and nothing was changed. Close it and try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>As of {when}</source>
      <translation>As of {when}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Backing up…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Backup written: {path}</source>
      <translation>Backup written: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Benefits</source>
      <translation>Benefits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Birthdays this week</source>
      <translation>Birthdays this week</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Bought in {month}</source>
      <translation>Bought in {month}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Bought today</source>
      <translation>Bought today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Came back</source>
      <translation>Came back</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Came back this month</source>
      <translation>Came back this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Checked</source>
      <translation>Checked</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Choose a backup first.</source>
      <translation>Choose a backup first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Choose the folder</source>
      <translation>Choose the folder</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Clerks</source>
      <translation>Clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Clerks this month</source>
      <translation>Clerks this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Clerks who sign in</source>
      <translation>Clerks who sign in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Close the other windows first: the work in them would be lost.</source>
      <translation>Close the other windows first: the work in them would be lost.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Complaints open</source>
      <translation>Complaints open</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Complaints still open</source>
      <translation>Complaints still open</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copied in</source>
      <translation>Copied in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copy the shop to a folder</source>
      <translation>Copy the shop to a folder</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Copy to a USB stick…</source>
      <translation>Copy to a USB stick…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers by lifecycle</source>
      <translation>Customers by lifecycle</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers by tier</source>
      <translation>Customers by tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Customers from Excel or CSV, checked in a preview before any is kept.</source>
      <translation>Customers from Excel or CSV, checked in a preview before any is kept.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Customers who brought a buyer</source>
      <translation>Customers who brought a buyer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Daily</source>
      <translation>Daily</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Damaged: do not restore</source>
      <translation>Damaged: do not restore</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Damaged: this backup cannot be restored. Choose another.</source>
      <translation>Damaged: this backup cannot be restored. Choose another.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Delivery and installation, the calls after them, rooms and styles.</source>
      <translation>Delivery and installation, the calls after them, rooms and styles.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Each clerk signs in with a PIN of their own, so what each records is theirs. Add them now or later in Staff.</source>
      <translation>Each clerk signs in with a PIN of their own, so what each records is theirs. Add them now or later in Staff.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Each day the shop opens, a backup is made into {folder}. A second copy on a USB stick or another disk survives the loss of this one.</source>
      <translation>Each day the shop opens, a backup is made into {folder}. A second copy on a USB stick or another disk survives the loss of this one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Each day the shop opens, a backup is made into {folder}. Copy one to a USB stick or another disk now and then: a backup on the same disk is lost with it.</source>
      <translation>Each day the shop opens, a backup is made into {folder}. Copy one to a USB stick or another disk now and then: a backup on the same disk is lost with it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Fell dormant</source>
      <translation>Fell dormant</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Fell dormant this month</source>
      <translation>Fell dormant this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Finding the customers…</source>
      <translation>Finding the customers…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Follow-ups done / still to do</source>
      <translation>Follow-ups done / still to do</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>How the shop is doing</source>
      <translation>How the shop is doing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>How to begin</source>
      <translation>How to begin</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Import my old spreadsheet</source>
      <translation>Import my old spreadsheet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>It is protected with another password: it cannot be checked here.</source>
      <translation>It is protected with another password: it cannot be checked here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Its name, address and phone go on receipts and exported lists.</source>
      <translation>Its name, address and phone go on receipts and exported lists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Joined</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Joined this month</source>
      <translation>Joined this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Key dates</source>
      <translation>Key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Last purchases</source>
      <translation>Last purchases</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Later</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Look at a demo shop first</source>
      <translation>Look at a demo shop first</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Lost</source>
      <translation>Lost</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Lost this month</source>
      <translation>Lost this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Made</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Made by hand</source>
      <translation>Made by hand</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>New customers today</source>
      <translation>New customers today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>New today</source>
      <translation>New today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>No tier</source>
      <translation>No tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Not checked yet</source>
      <translation>Not checked yet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>PIN (4 to 6 digits)</source>
      <translation>PIN (4 to 6 digits)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Profiles filled in</source>
      <translation>Profiles filled in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Reading the figures…</source>
      <translation>Reading the figures…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore this backup?</source>
      <translation>Restore this backup?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Restore…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales by month, against the year before</source>
      <translation>Sales by month, against the year before</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Sales today</source>
      <translation>Sales today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Set up the shop</source>
      <translation>Set up the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Sizes and colours customers like, seasons, the tiers of a clothing shop.</source>
      <translation>Sizes and colours customers like, seasons, the tiers of a clothing shop.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Sound</source>
      <translation>Sound</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>Sound: it can be restored.</source>
      <translation>Sound: it can be restored.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Spent in all</source>
      <translation>Spent in all</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Start with an empty shop</source>
      <translation>Start with an empty shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Takes</source>
      <translation>Takes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/safekeeping.py" />
      <source>That is not the owner's password of this backup.</source>
      <translation>That is not the owner's password of this backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>That is not the owner's password.</source>
      <translation>That is not the owner's password.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>That is not the recovery code written down when the shop was set up. It is needed too: it opens the database if the password is forgotten.</source>
      <translation>That is not the recovery code written down when the shop was set up. It is needed too: it opens the database if the password is forgotten.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The converted copy of the shop is not the same as the shop ({what}), so nothing was changed. The backup made first is kept: {path}</source>
      <translation>The converted copy of the shop is not the same as the shop ({what}), so nothing was changed. The backup made first is kept: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is not protected.</source>
      <translation>The database is not protected.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is protected already.</source>
      <translation>The database is protected already.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The database is protected with the owner's password. Its key file (.keys) must stay beside it: it holds no secret, but without it the database cannot be opened. shopcrm now asks for the owner's password or the recovery code when it starts. The backup made first, as the shop was: {path}</source>
      <translation>The database is protected with the owner's password. Its key file (.keys) must stay beside it: it holds no secret, but without it the database cannot be opened. shopcrm now asks for the owner's password or the recovery code when it starts. The backup made first, as the shop was: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop</source>
      <translation>The demo shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop could not be made. Your own shop is not touched by this.</source>
      <translation>The demo shop could not be made. Your own shop is not touched by this.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/demo_shop.py" />
      <source>The demo shop opens in a window of its own in a moment (the first time it is made, which takes a little while). Sign in as its owner with the password {password}. Nothing in it reaches your shop.</source>
      <translation>The demo shop opens in a window of its own in a moment (the first time it is made, which takes a little while). Sign in as its owner with the password {password}. Nothing in it reaches your shop.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The few who bring most sales</source>
      <translation>The few who bring most sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The last 12 months</source>
      <translation>The last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/protection.py" />
      <source>The protection is off: the database is a plain file again. The backup made first, as the shop was: {path}</source>
      <translation>The protection is off: the database is a plain file again. The backup made first, as the shop was: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>The shop goes back to how it was on {when}: what was recorded since then is not in the backup. The shop as it is now is kept in a copy beside it first, so the restore can be undone.</source>
      <translation>The shop goes back to how it was on {when}: what was recorded since then is not in the backup. The shop as it is now is kept in a copy beside it first, so the restore can be undone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/setup.py" />
      <source>The shop has customers already: change the kind and the VIP tiers in Settings and VIP rules.</source>
      <translation>The shop has customers already: change the kind and the VIP tiers in Settings and VIP rules.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>The shop is set up. Change any of it later in Settings.</source>
      <translation>The shop is set up. Change any of it later in Settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>The shop starts with these tiers. Change their names, what they take and what they give at any time in VIP rules.</source>
      <translation>The shop starts with these tiers. Change their names, what they take and what they give at any time in VIP rules.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>The year before</source>
      <translation>The year before</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>This month's moves</source>
      <translation>This month's moves</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/day_start.py" />
      <source>Today's second copy was not made: {reason}</source>
      <translation>Today's second copy was not made: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>VIP tiers</source>
      <translation>VIP tiers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>Who brings the sales</source>
      <translation>Who brings the sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/visit_sheet.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/setup_wizard.py" />
      <source>Your shop</source>
      <translation>Your shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/day_start.py" />
      <source>it could not be written to {folder}.</source>
      <translation>it could not be written to {folder}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought</source>
      <translation>of buyers brought a friend who bought</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought, against a goal of {goal}%</source>
      <translation>of buyers brought a friend who bought, against a goal of {goal}%</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of buyers brought a friend who bought: the goal of {goal}% is met</source>
      <translation>of buyers brought a friend who bought: the goal of {goal}% is met</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of the year's buyers ({n} of {buyers}) bring {share} of its sales</source>
      <translation>of the year's buyers ({n} of {buyers}) bring {share} of its sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>of the year's buyers bring 80% of its sales</source>
      <translation>of the year's buyers bring 80% of its sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/shop/safekeeping.py" />
      <source>the owner</source>
      <translation>the owner</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/shop/protection.py" />
      <source>{n} backups in {folder} are still plain: names, phones and addresses can be read in them. The new backups are protected. Delete the plain ones once you have checked the protected shop, or keep them somewhere safe.</source>
      <translation>
        <numerusform>{n} backup in {folder} is still plain: names, phones and addresses can be read in it. The new backups are protected. Delete the plain one once you have checked the protected shop, or keep it somewhere safe.</numerusform>
        <numerusform>{n} backups in {folder} are still plain: names, phones and addresses can be read in them. The new backups are protected. Delete the plain ones once you have checked the protected shop, or keep them somewhere safe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/shop/protection.py" />
      <source>{n} backups stay protected: they open with the owner's password or the recovery code of their time, with the .keys file beside each.</source>
      <translation>
        <numerusform>{n} backup stays protected: it opens with the owner's password or the recovery code of its time, with the .keys file beside it.</numerusform>
        <numerusform>{n} backups stay protected: they open with the owner's password or the recovery code of their time, with the .keys file beside each.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/backups_dialog.py" />
      <source>{n} backups, {size} in all</source>
      <translation>
        <numerusform>{n} backup, {size} in all</numerusform>
        <numerusform>{n} backups, {size} in all</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} birthdays this week</source>
      <translation>
        <numerusform>{n} birthday this week</numerusform>
        <numerusform>{n} birthdays this week</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/customer_list_dialog.py" />
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} customer</numerusform>
        <numerusform>{n} customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{n} sales</source>
      <translation>
        <numerusform>{n} sale</numerusform>
        <numerusform>{n} sales</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/shop/dashboard_page.py" />
      <source>{sales} to {buyers}</source>
      <translation>{sales} to {buyers}</translation>
    </message>
  </context>
  <context>
    <name>shopcrm</name>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Customers</source>
      <translation>&amp;Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Reports</source>
      <translation>&amp;Reports</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>&amp;Shop</source>
      <translation>&amp;Shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>About shopcrm</source>
      <translation>About shopcrm</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Audit trail…</source>
      <translation>Audit trail…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Backup restored</source>
      <translation>Backup restored</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Backups…</source>
      <translation>Backups…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Bonus given</source>
      <translation>Bonus given</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Cannot open the shop</source>
      <translation>Cannot open the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Clerk: {name}</source>
      <translation>Clerk: {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>Close a card or a dialog</source>
      <translation>Close a card or a dialog</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Database: {path}</source>
      <translation>Database: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Every VIP with tier, clerk, this month's and all-time spending, next month's birthdays, tier changes and a summary, as an Excel workbook.</source>
      <translation>Every VIP with tier, clerk, this month's and all-time spending, next month's birthdays, tier changes and a summary, as an Excel workbook.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Export customers (this list)…</source>
      <translation>Export customers (this list)…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Exported: {path}</source>
      <translation>Exported: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Find customer</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Follow-up rules and messages…</source>
      <translation>Follow-up rules and messages…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Font size</source>
      <translation>Font size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>From the search box into the list</source>
      <translation>From the search box into the list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: backing up…</source>
      <translation>Getting the day ready: backing up…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: points, tiers and statuses…</source>
      <translation>Getting the day ready: points, tiers and statuses…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>Getting the day ready: today's follow-ups…</source>
      <translation>Getting the day ready: today's follow-ups…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Guide</source>
      <translation>Guide</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Import customers…</source>
      <translation>Import customers…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>In the list: open the card of the customer chosen</source>
      <translation>In the list: open the card of the customer chosen</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>In the search box: open the customer's card when there is one best match</source>
      <translation>In the search box: open the customer's card when there is one best match</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Keyboard shortcuts…</source>
      <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Main toolbar</source>
      <translation>Main toolbar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Merge two customers…</source>
      <translation>Merge two customers…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Merged.</source>
      <translation>Merged.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Monthly VIP list…</source>
      <translation>Monthly VIP list…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>New customer…</source>
      <translation>New customer…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>No second copy today</source>
      <translation>No second copy today</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Open card</source>
      <translation>Open card</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Owner: {name}</source>
      <translation>Owner: {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Paid in</source>
      <translation>Paid in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Points, referrals and lifecycle…</source>
      <translation>Points, referrals and lifecycle…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Print the monthly VIP list…</source>
      <translation>Print the monthly VIP list…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Protect the database with my password…</source>
      <translation>Protect the database with my password…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Protection of the database</source>
      <translation>Protection of the database</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Record sale…</source>
      <translation>Record sale…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/reports_page.py" />
      <source>Reports for the owner</source>
      <translation>Reports for the owner</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>Restore that backup</source>
      <translation>Restore that backup</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Sale recorded.</source>
      <translation>Sale recorded.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Save an import template…</source>
      <translation>Save an import template…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Select exactly two customers to merge.</source>
      <translation>Select exactly two customers to merge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Shop at a glance</source>
      <translation>Shop at a glance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Shop toolbar</source>
      <translation>Shop toolbar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Sign-in and privacy</source>
      <translation>Sign-in and privacy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <location filename="../../shopcrm/ui/operations.py" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Spent</source>
      <translation>Spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Staff…</source>
      <translation>Staff…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/wallet_report.py" />
      <source>Stored value and gifts</source>
      <translation>Stored value and gifts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Stored value and gifts…</source>
      <translation>Stored value and gifts…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Switch clerk…</source>
      <translation>Switch clerk…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Take the protection off…</source>
      <translation>Take the protection off…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>That was not done</source>
      <translation>That was not done</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The backup is in place. The damaged file is kept in {path}: what was recorded after the backup was made is in it.</source>
      <translation>The backup is in place. The damaged file is kept in {path}: what was recorded after the backup was made is in it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The backup is in place. The shop as it was before is kept in {path}: restore that file to undo this.</source>
      <translation>The backup is in place. The shop as it was before is kept in {path}: restore that file to undo this.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The database and its backups are encrypted with the owner's password: a copy of the file cannot be read without it or the recovery code.</source>
      <translation>The database and its backups are encrypted with the owner's password: a copy of the file cannot be read without it or the recovery code.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The database is a plain file: whoever copies it can read the names, phones and addresses in it.</source>
      <translation>The database is a plain file: whoever copies it can read the names, phones and addresses in it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>The day is ready: today's backup is made and the follow-ups are planned.</source>
      <translation>The day is ready: today's backup is made and the follow-ups are planned.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/day_start.py" />
      <source>The day's start did not finish</source>
      <translation>The day's start did not finish</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <location filename="../../shopcrm/ui/operations.py" />
      <source>The last action did not complete; your saved data is safe.
Details were written to {path}.</source>
      <translation>The last action did not complete; your saved data is safe.
Details were written to {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The new language and font show at the next start: work is open in another window.</source>
      <translation>The new language and font show at the next start: work is open in another window.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The owner's password of the shop in that backup:</source>
      <translation>The owner's password of the shop in that backup:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The profiles the customer list shows now, with its filters, as an Excel workbook.</source>
      <translation>The profiles the customer list shows now, with its filters, as an Excel workbook.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The same list on A4 across, to print or save as PDF.</source>
      <translation>The same list on A4 across, to print or save as PDF.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>The shop</source>
      <translation>The shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" />
      <source>The shop's database is damaged</source>
      <translation>The shop's database is damaged</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>The tiers, what each requires and its benefits, to print or save for customers.</source>
      <translation>The tiers, what each requires and its benefits, to print or save for customers.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>This computer</source>
      <translation>This computer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>This guide, at the part about the window in front</source>
      <translation>This guide, at the part about the window in front</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Today's follow-ups</source>
      <translation>Today's follow-ups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>Trash…</source>
      <translation>Trash…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>VIP rules page…</source>
      <translation>VIP rules page…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>VIP tiers…</source>
      <translation>VIP tiers…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" />
      <source>Vouchers, stored value and receipts</source>
      <translation>Vouchers, stored value and receipts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>What the shop holds in customers' balances, the last twelve months' top-ups, spending and refunds, and this month's gifts.</source>
      <translation>What the shop holds in customers' balances, the last twelve months' top-ups, spending and refunds, and this month's gifts.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/help_dialog.py" />
      <source>shopcrm guide</source>
      <translation>shopcrm guide</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</source>
      <translation>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>shopcrm — customer care</source>
      <translation>shopcrm — customer care</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/main_window.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} customer</numerusform>
        <numerusform>{n} customers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>spreadsheets</name>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>(add to the notes as “{header}: …”)</source>
      <translation>(add to the notes as “{header}: …”)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>(ignore)</source>
      <translation>(ignore)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A clerk's name has at most 50 characters.</source>
      <translation>A clerk's name has at most 50 characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A customer with this phone asked the shop to erase their data. Add them again only if they agree: by hand, at the counter.</source>
      <translation>A customer with this phone asked the shop to erase their data. Add them again only if they agree: by hand, at the counter.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>A row whose phone (or customer number) is already known never becomes a second customer. What should it do?</source>
      <translation>A row whose phone (or customer number) is already known never becomes a second customer. What should it do?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>A total or footer row, not a customer: left out.</source>
      <translation>A total or footer row, not a customer: left out.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>All rows go in together, or none: Cancel leaves the shop as it was.</source>
      <translation>All rows go in together, or none: Cancel leaves the shop as it was.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Also look at: rows imported with a warning, totals left out, repeated rows:</source>
      <translation>Also look at: rows imported with a warning, totals left out, repeated rows:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>An Excel (.xlsx, .xlsm) or CSV file with one customer per row.</source>
      <translation>An Excel (.xlsx, .xlsm) or CSV file with one customer per row.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>An age of {age} cannot be right.</source>
      <translation>An age of {age} cannot be right.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Cancel import</source>
      <translation>Cancel import</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Cannot open {file}: {reason}</source>
      <translation>Cannot open {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>Cannot replace {file}: close it in Excel or WPS and try again.</source>
      <translation>Cannot replace {file}: close it in Excel or WPS and try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</source>
      <translation>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
      <translation>Cannot write in {folder}: {reason}. Choose another folder.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Check the columns</source>
      <translation>Check the columns</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Choose at least the column with the name or the phone.</source>
      <translation>Choose at least the column with the name or the phone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Choose skip, fill or overwrite for duplicates.</source>
      <translation>Choose skip, fill or overwrite for duplicates.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Choose the spreadsheet</source>
      <translation>Choose the spreadsheet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Customers already in the shop</source>
      <translation>Customers already in the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Each column of the file goes into the field chosen beside it, or is ignored.</source>
      <translation>Each column of the file goes into the field chosen beside it, or is ignored.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Each field can take one column only: {fields}.</source>
      <translation>Each field can take one column only: {fields}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Export customer profiles</source>
      <translation>Export customer profiles</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Fill in only the fields that are still empty</source>
      <translation>Fill in only the fields that are still empty</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import customers</source>
      <translation>Import customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Import finished</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Importing</source>
      <translation>Importing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Month:</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Monthly VIP list</source>
      <translation>Monthly VIP list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>New clerks: {names}.</source>
      <translation>New clerks: {names}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>No customer has this number or phone: import the referrer first, or clear the cell.</source>
      <translation>No customer has this number or phone: import the referrer first, or clear the cell.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</source>
      <translation>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Not exported</source>
      <translation>Not exported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Nothing has been written yet.</source>
      <translation>Nothing has been written yet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Nothing was imported</source>
      <translation>Nothing was imported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Overwrite the customer's fields with the file's values (empty cells change nothing)</source>
      <translation>Overwrite the customer's fields with the file's values (empty cells change nothing)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Rejected rows saved to {path}: fix them and import that file.</source>
      <translation>Rejected rows saved to {path}: fix them and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Repeats row {row}: merged into it.</source>
      <translation>Repeats row {row}: merged into it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Repeats row {row}: skipped.</source>
      <translation>Repeats row {row}: skipped.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Rows that will not be imported, and why:</source>
      <translation>Rows that will not be imported, and why:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Save the import template</source>
      <translation>Save the import template</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/export_actions.py" />
      <source>Save the monthly VIP list</source>
      <translation>Save the monthly VIP list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save the rejected rows</source>
      <translation>Save the rejected rows</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save the rejected rows…</source>
      <translation>Save the rejected rows…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Save this mapping for next time</source>
      <translation>Save this mapping for next time</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Several sheets hold customer lists ({names}): choose one.</source>
      <translation>Several sheets hold customer lists ({names}): choose one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Several sheets hold customers; import:</source>
      <translation>Several sheets hold customers; import:</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</source>
      <translation>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>Sheet “{sheet}” has {count} cells far from the table (the first is {cell}), after many empty rows or columns. Move them into the table or delete them, save, and import again.</source>
      <translation>Sheet “{sheet}” has {count} cells far from the table (the first is {cell}), after many empty rows or columns. Move them into the table or delete them, save, and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Sheet “{sheet}”: the column names are in row {row}.</source>
      <translation>Sheet “{sheet}”: the column names are in row {row}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Sheet “{sheet}”: the column names are in rows {first} and {last}.</source>
      <translation>Sheet “{sheet}”: the column names are in rows {first} and {last}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Skip it: keep the customer as is</source>
      <translation>Skip it: keep the customer as is</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Someone changed the customers while the import was running (a phone is now taken). Nothing was imported: run the import again.</source>
      <translation>Someone changed the customers while the import was running (a phone is now taken). Nothing was imported: run the import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
      <translation>Spreadsheets (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The column names in “{sheet}” take two rows ({first} and {last}), and no column of them is the customer's name. Call that column 姓名 (name) in row {last} and import again.</source>
      <translation>The column names in “{sheet}” take two rows ({first} and {last}), and no column of them is the customer's name. Call that column 姓名 (name) in row {last} and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>The folder {folder} does not exist; choose a folder that does.</source>
      <translation>The folder {folder} does not exist; choose a folder that does.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>The import stopped on an unexpected error; nothing was written.</source>
      <translation>The import stopped on an unexpected error; nothing was written.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The leading 0 of the area code was missing (Excel drops it when the cell is a number): read as {phone}. Check it.</source>
      <translation>The leading 0 of the area code was missing (Excel drops it when the cell is a number): read as {phone}. Check it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>The leading 0 of the area code was missing (the cell is a number); with it this is {phone}, which another row or customer already has. Check the number and type it as text, e.g. 010-87654321.</source>
      <translation>The leading 0 of the area code was missing (the cell is a number); with it this is {phone}, which another row or customer already has. Check the number and type it as text, e.g. 010-87654321.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>There is no sheet “{sheet}”; the sheets are: {names}.</source>
      <translation>There is no sheet “{sheet}”; the sheets are: {names}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This cell is far from the table, after many empty rows or columns, and was not read. If it belongs to a customer, move it into the table and import again.</source>
      <translation>This cell is far from the table, after many empty rows or columns, and was not read. If it belongs to a customer, move it into the table and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This customer asked the shop to erase their data: an import never fills the record in again.</source>
      <translation>This customer asked the shop to erase their data: an import never fills the record in again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>This phone belongs to another customer than number {number}.</source>
      <translation>This phone belongs to another customer than number {number}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Too many numbers in one cell: keep one or two.</source>
      <translation>Too many numbers in one cell: keep one or two.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>Type a name: a new customer needs one.</source>
      <translation>Type a name: a new customer needs one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{added} customers added, {updated} updated, {skipped} skipped, {rejected} rows rejected.</source>
      <translation>
        <numerusform>{added} customer added, {updated} updated, {skipped} skipped, {rejected} rows rejected.</numerusform>
        <numerusform>{added} customers added, {updated} updated, {skipped} skipped, {rejected} rows rejected.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{added} to add, {updated} to update, {skipped} to skip, {rejected} rejected.</source>
      <translation>{added} to add, {updated} to update, {skipped} to skip, {rejected} rejected.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</source>
      <translation>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</source>
      <translation>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</source>
      <translation>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is larger than {mb} MB: split it into smaller files.</source>
      <translation>{file} is larger than {mb} MB: split it into smaller files.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</source>
      <translation>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/reader.py" />
      <source>{file}, line {line}: {reason}. Fix that line and import again.</source>
      <translation>{file}, line {line}: {reason}. Fix that line and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{month}/{day} is not a day of the year: write the month, then the day.</source>
      <translation>{month}/{day} is not a day of the year: write the month, then the day.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} rows left out as totals or footers.</source>
      <translation>
        <numerusform>{n} row left out as a total or footer.</numerusform>
        <numerusform>{n} rows left out as totals or footers.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} rows repeat an earlier row of the file.</source>
      <translation>
        <numerusform>{n} row repeats an earlier row of the file.</numerusform>
        <numerusform>{n} rows repeat an earlier row of the file.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/spreadsheets/import_wizard.py" />
      <source>{n} warnings to check.</source>
      <translation>
        <numerusform>{n} warning to check.</numerusform>
        <numerusform>{n} warnings to check.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/writer.py" />
      <source>{path} is a folder; give the workbook a file name in it.</source>
      <translation>{path} is a folder; give the workbook a file name in it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} is not a date: write it as 1990-05-03.</source>
      <translation>{value} is not a date: write it as 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} is not a phone number: it has a fraction.</source>
      <translation>{value} is not a phone number: it has a fraction.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</source>
      <translation>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</source>
      <translation>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</source>
      <translation>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/importing.py" />
      <source>“{column}” is a formula that was never calculated: open the file in Excel or WPS and save it, or paste values.</source>
      <translation>“{column}” is a formula that was never calculated: open the file in Excel or WPS and save it, or paste values.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</source>
      <translation>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</source>
      <translation>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a lunar day such as 初八 or 廿三.</source>
      <translation>“{value}” is not a lunar day such as 初八 or 廿三.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a number.</source>
      <translation>“{value}” is not a number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not a year.</source>
      <translation>“{value}” is not a year.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}” is not one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheets/cleaning.py" />
      <source>“{value}”: write 是 or 否 (yes or no).</source>
      <translation>“{value}”: write 是 or 否 (yes or no).</translation>
    </message>
  </context>
  <context>
    <name>staff</name>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>4 to 6 digits</source>
      <translation>4 to 6 digits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>A PIN is 4 to 6 digits.</source>
      <translation>A PIN is 4 to 6 digits.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Add a clerk</source>
      <translation>Add a clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Add clerk…</source>
      <translation>Add clerk…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Back from the trash</source>
      <translation>Back from the trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Balance corrected</source>
      <translation>Balance corrected</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Balance refunded</source>
      <translation>Balance refunded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Can sign in</source>
      <translation>Can sign in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Choose someone else to take over the customers.</source>
      <translation>Choose someone else to take over the customers.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Choose someone who still works in the shop.</source>
      <translation>Choose someone who still works in the shop.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Clerk added</source>
      <translation>Clerk added</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Clerk deactivated</source>
      <translation>Clerk deactivated</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Copied</source>
      <translation>Copied</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Customer added</source>
      <translation>Customer added</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Customer's record exported</source>
      <translation>Customer's record exported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Database protected with the owner's password</source>
      <translation>Database protected with the owner's password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Database protection removed</source>
      <translation>Database protection removed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate {name}</source>
      <translation>Deactivate {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Deactivate…</source>
      <translation>Deactivate…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Erased</source>
      <translation>Erased</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event cancelled</source>
      <translation>Event cancelled</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event changed</source>
      <translation>Event changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Event planned</source>
      <translation>Event planned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Forgot the password</source>
      <translation>Forgot the password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Forgot the password?</source>
      <translation>Forgot the password?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Gift cancelled</source>
      <translation>Gift cancelled</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Gift given</source>
      <translation>Gift given</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Guests invited</source>
      <translation>Guests invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>I have written it down</source>
      <translation>I have written it down</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Left on {date}</source>
      <translation>Left on {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Lifecycle status set</source>
      <translation>Lifecycle status set</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Locked by {name}. Sign in to go on.</source>
      <translation>Locked by {name}. Sign in to go on.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Merge undone</source>
      <translation>Merge undone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Moved to the trash</source>
      <translation>Moved to the trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN for {name}</source>
      <translation>New PIN for {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New PIN…</source>
      <translation>New PIN…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>New name</source>
      <translation>New name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>No such member of staff.</source>
      <translation>No such member of staff.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can add, rename or deactivate clerks.</source>
      <translation>Only the owner can add, rename or deactivate clerks.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can change the shop's rules and settings.</source>
      <translation>Only the owner can change the shop's rules and settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can copy the database to a folder of their choice.</source>
      <translation>Only the owner can copy the database to a folder of their choice.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can delete customers or bring them back from the trash.</source>
      <translation>Only the owner can delete customers or bring them back from the trash.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can edit the standard replies and the messages.</source>
      <translation>Only the owner can edit the standard replies and the messages.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can erase a customer's personal data.</source>
      <translation>Only the owner can erase a customer's personal data.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can export customer data.</source>
      <translation>Only the owner can export customer data.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can export everything kept about a customer.</source>
      <translation>Only the owner can export everything kept about a customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can give or cancel gifts by hand.</source>
      <translation>Only the owner can give or cancel gifts by hand.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can give or cancel vouchers by hand.</source>
      <translation>Only the owner can give or cancel vouchers by hand.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can import customers from a spreadsheet.</source>
      <translation>Only the owner can import customers from a spreadsheet.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can merge customers or undo a merge.</source>
      <translation>Only the owner can merge customers or undo a merge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can plan, change or cancel events and choose guests.</source>
      <translation>Only the owner can plan, change or cancel events and choose guests.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can read the audit trail.</source>
      <translation>Only the owner can read the audit trail.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can read what the shop holds in stored value and spends on gifts.</source>
      <translation>Only the owner can read what the shop holds in stored value and spends on gifts.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can refund or correct a customer's balance.</source>
      <translation>Only the owner can refund or correct a customer's balance.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can restore the database from a backup.</source>
      <translation>Only the owner can restore the database from a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <source>Only the owner can see the shop's figures.</source>
      <translation>Only the owner can see the shop's figures.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner password changed</source>
      <translation>Owner password changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner password reset</source>
      <translation>Owner password reset</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Owner set up</source>
      <translation>Owner set up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Owner's password</source>
      <translation>Owner's password</translation>
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
      <translation>PIN again</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Password again</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Password or recovery code</source>
      <translation>Password or recovery code</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Phone number shown</source>
      <translation>Phone number shown</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Printed</source>
      <translation>Printed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Profile changed</source>
      <translation>Profile changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Protect</source>
      <translation>Protect</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Protect the database</source>
      <translation>Protect the database</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Recovery code</source>
      <translation>Recovery code</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Referrer recorded</source>
      <translation>Referrer recorded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Rename {name}</source>
      <translation>Rename {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Renamed</source>
      <translation>Renamed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Set the new password</source>
      <translation>Set the new password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Set up</source>
      <translation>Set up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Set up the shop</source>
      <translation>Set up the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Settings changed</source>
      <translation>Settings changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/permissions.py" />
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Sign in first.</source>
      <translation>Sign in first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/counter_lock.py" />
      <source>Sign in…</source>
      <translation>Sign in…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Signed in</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Take the protection off</source>
      <translation>Take the protection off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>Takes over</source>
      <translation>Takes over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That PIN is not right.</source>
      <translation>That PIN is not right.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That is not the recovery code written down at setup.</source>
      <translation>That is not the recovery code written down at setup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>That password is not right.</source>
      <translation>That password is not right.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/counter_lock.py" />
      <source>The counter is locked.</source>
      <translation>The counter is locked.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The database and its new backups are encrypted with your password: whoever copies the file cannot read the names, phones and addresses in it. Each start of shopcrm then asks for your password or the recovery code. If both are lost, nobody can open the data again. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</source>
      <translation>The database and its new backups are encrypted with your password: whoever copies the file cannot read the names, phones and addresses in it. Each start of shopcrm then asks for your password or the recovery code. If both are lost, nobody can open the data again. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The database becomes a plain file again: whoever copies it can read the names, phones and addresses in it. The backups made while it was protected stay protected. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</source>
      <translation>The database becomes a plain file again: whoever copies it can read the names, phones and addresses in it. The backups made while it was protected stay protected. A backup is made first; while the copy is made (a minute or two for a large shop) the counter cannot save.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>The newest {n} entries are shown: narrow the filters to see older ones.</source>
      <translation>The newest {n} entries are shown: narrow the filters to see older ones.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The owner cannot be deactivated.</source>
      <translation>The owner cannot be deactivated.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The owner signs in with a password, not a PIN.</source>
      <translation>The owner signs in with a password, not a PIN.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>The password is changed. Sign in with the new one.</source>
      <translation>The password is changed. Sign in with the new one.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>The password needs at least {n} characters.</source>
      <translation>
        <numerusform>The password needs at least {n} character.</numerusform>
        <numerusform>The password needs at least {n} characters.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>The password protects exports, restores and the shop's settings.</source>
      <translation>The password protects exports, restores and the shop's settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>The present password is not right.</source>
      <translation>The present password is not right.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The shop is protected</source>
      <translation>The shop is protected</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>The shop's database {path} is protected with the owner's password. Type the owner's password, or the recovery code written down at setup.</source>
      <translation>The shop's database {path} is protected with the owner's password. Type the owner's password, or the recovery code written down at setup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>The two PINs are not the same. Type the same one twice.</source>
      <translation>The two PINs are not the same. Type the same one twice.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>The two passwords are not the same. Type the same one twice.</source>
      <translation>The two passwords are not the same. Type the same one twice.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/roster.py" />
      <source>There is already a clerk called {name}.</source>
      <translation>There is already a clerk called {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>There is already someone called {name}.</source>
      <translation>There is already someone called {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>This is the recovery code. Write it down on paper and keep it away from this PC. If the password is ever forgotten, it is the only way to set a new one. It is shown only this once.</source>
      <translation>This is the recovery code. Write it down on paper and keep it away from this PC. If the password is ever forgotten, it is the only way to set a new one. It is shown only this once.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>This shop already has an owner.</source>
      <translation>This shop already has an owner.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Too many wrong tries: wait {time}, then try again.</source>
      <translation>Too many wrong tries: wait {time}, then try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/roster.py" />
      <source>Type the clerk's name.</source>
      <translation>Type the clerk's name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Type the name.</source>
      <translation>Type the name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Type the owner's password or the recovery code.</source>
      <translation>Type the owner's password or the recovery code.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type the password.</source>
      <translation>Type the password.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type the recovery code written down when the shop was set up, and a new password.</source>
      <translation>Type the recovery code written down when the shop was set up, and a new password.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/sign_in_dialog.py" />
      <source>Type your PIN.</source>
      <translation>Type your PIN.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Type your password.</source>
      <translation>Type your password.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>VIP rules changed</source>
      <translation>VIP rules changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Voucher cancelled</source>
      <translation>Voucher cancelled</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Voucher given</source>
      <translation>Voucher given</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>Wait {time} before the next try.</source>
      <translation>Wait {time} before the next try.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Welcome. This shop has no owner yet: that is you. You sign in with a password; the clerks you add sign in with a PIN.</source>
      <translation>Welcome. This shop has no owner yet: that is you. You sign in with a password; the clerks you add sign in with a PIN.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>Wrong PIN or password</source>
      <translation>Wrong PIN or password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/owner_setup_dialog.py" />
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/protect_dialog.py" />
      <source>Your password</source>
      <translation>Your password</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/staff/owner_password.py" />
      <source>at least {n} characters</source>
      <translation>
        <numerusform>at least {n} character</numerusform>
        <numerusform>at least {n} characters</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>with the recovery code</source>
      <translation>with the recovery code</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{file}, by {by}</source>
      <translation>{file}, by {by}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{file}: {added} added, {updated} updated</source>
      <translation>{file}: {added} added, {updated} updated</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} can sign in now with the new PIN.</source>
      <translation>{name} can sign in now with the new PIN.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{name} cannot sign in here.</source>
      <translation>{name} cannot sign in here.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/accounts.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} has left already.</source>
      <translation>{name} has left already.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} is deactivated: {customers} and {follow_ups} went to {successor}.</source>
      <translation>{name} is deactivated: {customers} and {follow_ups} went to {successor}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} signs in with the new PIN now.</source>
      <translation>{name} signs in with the new PIN now.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{name} will no longer be able to sign in. The {customers} and {follow_ups} move to {successor}. Sales, contacts and the audit trail keep the name.</source>
      <translation>{name} will no longer be able to sign in. The {customers} and {follow_ups} move to {successor}. Sales, contacts and the audit trail keep the name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{name}: {customers} and {tasks} to {successor}</source>
      <translation>{name}: {customers} and {tasks} to {successor}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{n} customers</source>
      <translation>
        <numerusform>{n} customer</numerusform>
        <numerusform>{n} customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/ui/staff/audit_dialog.py" />
      <source>{n} entries</source>
      <translation>
        <numerusform>{n} entry</numerusform>
        <numerusform>{n} entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{n} minutes</source>
      <translation>
        <numerusform>{n} minute</numerusform>
        <numerusform>{n} minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/audit.py" />
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{n} open follow-ups</source>
      <translation>
        <numerusform>{n} open follow-up</numerusform>
        <numerusform>{n} open follow-ups</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/staff/accounts.py" />
      <source>{n} seconds</source>
      <translation>
        <numerusform>{n} second</numerusform>
        <numerusform>{n} seconds</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/staff/staff_dialog.py" />
      <source>{old} is now called {new}.</source>
      <translation>{old} is now called {new}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{title}: {n} invited</source>
      <translation>{title}: {n} invited</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{what}: {rows} rows</source>
      <translation>{what}: {rows} rows</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff/audit.py" />
      <source>{what}: {rows} rows to {file}</source>
      <translation>{what}: {rows} rows to {file}</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>58 mm receipt printer</source>
      <translation>58 mm receipt printer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>80 mm receipt printer</source>
      <translation>80 mm receipt printer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A customer goes down a tier</source>
      <translation>A customer goes down a tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A sale from (¥) gets a call</source>
      <translation>A sale from (¥) gets a call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A top-up of {amount} is given twice.</source>
      <translation>A top-up of {amount} is given twice.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A4 sheet</source>
      <translation>A4 sheet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>A5 sheet</source>
      <translation>A5 sheet</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>Another program is writing to the shop just now (a second shopcrm window, or an import). Nothing was lost: what you typed is still here. Try again in a moment.</source>
      <translation>Another program is writing to the shop just now (a second shopcrm window, or an import). Nothing was lost: what you typed is still here. Try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>As soon as the customer no longer qualifies</source>
      <translation>As soon as the customer no longer qualifies</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the end of the year after they were earned</source>
      <translation>At the end of the year after they were earned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the end of the year they were earned</source>
      <translation>At the end of the year they were earned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>At the yearly review</source>
      <translation>At the yearly review</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Birthday gift from tier</source>
      <translation>Birthday gift from tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Birthday parties: only customers who accept promotions</source>
      <translation>Birthday parties: only customers who accept promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Call a referred friend within (days)</source>
      <translation>Call a referred friend within (days)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Call after (days)</source>
      <translation>Call after (days)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>Choose another file: that one is the database itself.</source>
      <translation>Choose another file: that one is the database itself.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Choose one of the choices offered.</source>
      <translation>Choose one of the choices offered.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Clerks see only their own customers' full phone numbers</source>
      <translation>Clerks see only their own customers' full phone numbers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Clothing shop</source>
      <translation>Clothing shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Customers can top up</source>
      <translation>Customers can top up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Customers qualify by</source>
      <translation>Customers qualify by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Daily backups kept</source>
      <translation>Daily backups kept</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Days a voucher given by a rule is valid</source>
      <translation>Days a voucher given by a rule is valid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Days from the result to the follow-up call</source>
      <translation>Days from the result to the follow-up call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>December visits to the top</source>
      <translation>December visits to the top</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Dormant after days without a purchase</source>
      <translation>Dormant after days without a purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Festival greetings one by one from tier</source>
      <translation>Festival greetings one by one from tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Follow-ups per clerk a day (0: no limit)</source>
      <translation>Follow-ups per clerk a day (0: no limit)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Forget visitors who never bought after days (0: never)</source>
      <translation>Forget visitors who never bought after days (0: never)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Friend's first-purchase extra %</source>
      <translation>Friend's first-purchase extra %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture shop</source>
      <translation>Furniture shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: days 15 to 30</source>
      <translation>Furniture: days 15 to 30</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: days 5 to 15</source>
      <translation>Furniture: days 5 to 15</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Furniture: the next day</source>
      <translation>Furniture: the next day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gift budget (¥)</source>
      <translation>Gift budget (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gift for the referrer</source>
      <translation>Gift for the referrer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Gifts a month, at most (¥; 0: no budget)</source>
      <translation>Gifts a month, at most (¥; 0: no budget)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Grace period</source>
      <translation>Grace period</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Kind of shop</source>
      <translation>Kind of shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Last line of the receipt</source>
      <translation>Last line of the receipt</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lock the counter after idle minutes (0: never)</source>
      <translation>Lock the counter after idle minutes (0: never)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lost after days without a purchase</source>
      <translation>Lost after days without a purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Lost must come after dormant: type more days than {n}.</source>
      <translation>Lost must come after dormant: type more days than {n}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Never: a tier once reached is kept</source>
      <translation>Never: a tier once reached is kept</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Number of visits</source>
      <translation>Number of visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>On a refund of the balance</source>
      <translation>On a refund of the balance</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Other events: only customers who accept promotions</source>
      <translation>Other events: only customers who accept promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Outings: only customers who accept promotions</source>
      <translation>Outings: only customers who accept promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points for the referrer</source>
      <translation>Points for the referrer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points lapse</source>
      <translation>Points lapse</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Points per ¥1 spent</source>
      <translation>Points per ¥1 spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Previews: only customers who accept promotions</source>
      <translation>Previews: only customers who accept promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Receipt paper</source>
      <translation>Receipt paper</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Referral rate goal %</source>
      <translation>Referral rate goal %</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Second copy each day in</source>
      <translation>Second copy each day in</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop address</source>
      <translation>Shop address</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop name</source>
      <translation>Shop name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Shop phone</source>
      <translation>Shop phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Spending in the last 12 months</source>
      <translation>Spending in the last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Still on time for (days)</source>
      <translation>Still on time for (days)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Talks: only customers who accept promotions</source>
      <translation>Talks: only customers who accept promotions</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Thank-you letter at spending of (¥)</source>
      <translation>Thank-you letter at spending of (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>That file is the database itself; choose a backup.</source>
      <translation>That file is the database itself; choose a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>That is neither the owner's password nor the recovery code of this shop. Check the keyboard's language and Caps Lock, and try again.</source>
      <translation>That is neither the owner's password nor the recovery code of this shop. Check the keyboard's language and Caps Lock, and try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>The bonus not yet spent is paid out too</source>
      <translation>The bonus not yet spent is paid out too</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>The disk is full, so that was not done and nothing was changed. Free some space (or choose another disk or folder) and try again.</source>
      <translation>The disk is full, so that was not done and nothing was changed. Free some space (or choose another disk or folder) and try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The folder for the second copy, {folder}, is not there: plug in the USB stick or the disk, or choose another folder in Backups.</source>
      <translation>The folder for the second copy, {folder}, is not there: plug in the USB stick or the disk, or choose another folder in Backups.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>The key file {path} cannot be read ({reason}). Put back a good copy: the .keys file beside the newest backup opens the database too.</source>
      <translation>The key file {path} cannot be read ({reason}). Put back a good copy: the .keys file beside the newest backup opens the database too.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/keyfile.py" />
      <source>The key file {path} is missing, and without it the protected database beside it cannot be opened. Put the key file back (a backup's .keys file made at the same time opens it too).</source>
      <translation>The key file {path} is missing, and without it the protected database beside it cannot be opened. Put the key file back (a backup's .keys file made at the same time opens it too).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>The shop is busy with {who}. Nothing was lost: what you typed is still here and is saved as soon as the shop is free.</source>
      <translation>The shop is busy with {who}. Nothing was lost: what you typed is still here and is saved as soon as the shop is free.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>The shop keeps the bonus not yet spent</source>
      <translation>The shop keeps the bonus not yet spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The shop's database {path} is damaged ({reason}) and there is no good backup of it. Nothing was changed; copy the file somewhere safe and ask for help before working on.</source>
      <translation>The shop's database {path} is damaged ({reason}) and there is no good backup of it. Nothing was changed; copy the file somewhere safe and ask for help before working on.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>The shop's database {path} is damaged ({reason}). Nothing was changed. Restore the newest good backup, made {when}: shopcrm restore {backup}</source>
      <translation>The shop's database {path} is damaged ({reason}). Nothing was changed. Restore the newest good backup, made {when}: shopcrm restore {backup}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/database.py" />
      <source>The shop's database {path} was removed or replaced while shopcrm was open, so nothing more is written to it. What you typed is still on the screen: close shopcrm and start it again; if the file is gone, restore the newest backup.</source>
      <translation>The shop's database {path} was removed or replaced while shopcrm was open, so nothing more is written to it. What you typed is still on the screen: close shopcrm and start it again; if the file is gone, restore the newest backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/database.py" />
      <source>There is no shop database at {path}. Check the path given with --db, or start a shop with `demo` or `import`.</source>
      <translation>There is no shop database at {path}. Check the path given with --db, or start a shop with `demo` or `import`.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/encryption.py" />
      <source>This shop is protected, and opening it needs SQLCipher (the sqlcipher3 package), which is missing from this installation. Install shopcrm again.</source>
      <translation>This shop is protected, and opening it needs SQLCipher (the sqlcipher3 package), which is missing from this installation. Install shopcrm again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Top-up bonus (top-up:bonus, e.g. 500:50, 1000:150)</source>
      <translation>Top-up bonus (top-up:bonus, e.g. 500:50, 1000:150)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Total spending</source>
      <translation>Total spending</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>VIP events a year, at least</source>
      <translation>VIP events a year, at least</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Visits that make a regular</source>
      <translation>Visits that make a regular</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Voucher for the referrer (¥)</source>
      <translation>Voucher for the referrer (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Vouchers one sale can take</source>
      <translation>Vouchers one sale can take</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Worth of one point (¥)</source>
      <translation>Worth of one point (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Write each step as top-up:bonus, e.g. 500:50, 1000:150.</source>
      <translation>Write each step as top-up:bonus, e.g. 500:50, 1000:150.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Write the day as month-day, e.g. 01-01.</source>
      <translation>Write the day as month-day, e.g. 01-01.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Yearly review on</source>
      <translation>Yearly review on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>an import</source>
      <translation>an import</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>protecting the database with the owner's password</source>
      <translation>protecting the database with the owner's password</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/faults.py" />
      <source>shopcrm may not write to {path}: it or its folder is read-only for this user. Nothing was changed; choose another place, or ask for the folder to be made writable.</source>
      <translation>shopcrm may not write to {path}: it or its folder is read-only for this user. Nothing was changed; choose another place, or ask for the folder to be made writable.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>taking the protection off the database</source>
      <translation>taking the protection off the database</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>the daily loyalty catch-up</source>
      <translation>the daily loyalty catch-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>the planning of the follow-ups</source>
      <translation>the planning of the follow-ups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} already exists and is not a shopcrm backup; nothing was written. Choose another name, or replace it on purpose with --force.</source>
      <translation>{path} already exists and is not a shopcrm backup; nothing was written. Choose another name, or replace it on purpose with --force.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} belongs to another program, not shopcrm; nothing was changed.</source>
      <translation>{path} belongs to another program, not shopcrm; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} cannot be read ({reason}). Restore a backup.</source>
      <translation>{path} cannot be read ({reason}). Restore a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} cannot be read with the key file beside it ({reason}): the file is damaged, or the key file belongs to another copy. Restore a backup.</source>
      <translation>{path} cannot be read with the key file beside it ({reason}): the file is damaged, or the key file belongs to another copy. Restore a backup.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} has {count} broken links between records; choose another backup.</source>
      <translation>
        <numerusform>{path} has {count} broken link between records; choose another backup.</numerusform>
        <numerusform>{path} has {count} broken links between records; choose another backup.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} holds no shop data.</source>
      <translation>{path} holds no shop data.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} is damaged ({reason}); choose another backup.</source>
      <translation>{path} is damaged ({reason}); choose another backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is not a file; choose a file for the shop's database.</source>
      <translation>{path} is not a file; choose a file for the shop's database.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/backup.py" />
      <source>{path} is not a plain file; choose a file name or a folder for the backup.</source>
      <translation>{path} is not a plain file; choose a file name or a folder for the backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} is not a shopcrm database (not an SQLite file). If it is a protected shop, put its key file {keys} back beside it.</source>
      <translation>{path} is not a shopcrm database (not an SQLite file). If it is a protected shop, put its key file {keys} back beside it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/encryption.py" />
      <source>{path} is protected with the owner's password. It opens once the owner's password or the recovery code of its time is given.</source>
      <translation>{path} is protected with the owner's password. It opens once the owner's password or the recovery code of its time is given.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/dbfile.py" />
      <source>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</source>
      <translation>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/options.py" />
      <source>{step}: the bonus must be more than 0 and less than the top-up.</source>
      <translation>{step}: the bonus must be more than 0 and less than the top-up.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>{what}, started {time}</source>
      <translation>{what}, started {time}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/storage/busy.py" />
      <source>{what}, started {time} by {name}</source>
      <translation>{what}, started {time} by {name}</translation>
    </message>
  </context>
  <context>
    <name>vip_list</name>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>All VIPs</source>
      <translation>All VIPs</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>All customers</source>
      <translation>All customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthday on</source>
      <translation>Birthday on</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Birthdays next month</source>
      <translation>Birthdays next month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>From tier</source>
      <translation>From tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Last visit</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lost VIPs previous month</source>
      <translation>Lost VIPs previous month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lost VIPs this month</source>
      <translation>Lost VIPs this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Lunar</source>
      <translation>Lunar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>New VIPs previous month</source>
      <translation>New VIPs previous month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>New VIPs this month</source>
      <translation>New VIPs this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Sales previous month</source>
      <translation>Sales previous month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Sales this month</source>
      <translation>Sales this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Spent last 12 months</source>
      <translation>Spent last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Spent this month</source>
      <translation>Spent this month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Tier changes</source>
      <translation>Tier changes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>To tier</source>
      <translation>To tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Total spent</source>
      <translation>Total spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>VIP list</source>
      <translation>VIP list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/loyalty/vip_report.py" />
      <source>Visits this month</source>
      <translation>Visits this month</translation>
    </message>
  </context>
  <context>
    <name>wallet</name>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>A return goes back to the balance with “Return this sale” in the purchases.</source>
      <translation>A return goes back to the balance with “Return this sale” in the purchases.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Back from a return</source>
      <translation>Back from a return</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Bonus kept on a refund</source>
      <translation>Bonus kept on a refund</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Choose how the customer paid.</source>
      <translation>Choose how the customer paid.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Choose how the money goes back to the customer.</source>
      <translation>Choose how the money goes back to the customer.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Corrected</source>
      <translation>Corrected</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Festival</source>
      <translation>Festival</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>From the owner</source>
      <translation>From the owner</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Gifts this month: {handed} handed over, {waiting} to hand over</source>
      <translation>Gifts this month: {handed} handed over, {waiting} to hand over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Give the voucher an amount off or a per cent off.</source>
      <translation>Give the voucher an amount off or a per cent off.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Handed over</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>No voucher has the code {code}: check it.</source>
      <translation>No voucher has the code {code}: check it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Not yet valid</source>
      <translation>Not yet valid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Only a gift not yet handed over can be cancelled.</source>
      <translation>Only a gift not yet handed over can be cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/member_card.py" />
      <source>Our shop</source>
      <translation>Our shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Paid a sale</source>
      <translation>Paid a sale</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/labels.py" />
      <source>Referral reward</source>
      <translation>Referral reward</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say what the gift is.</source>
      <translation>Say what the gift is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say why the customer gets the gift.</source>
      <translation>Say why the customer gets the gift.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>Say why the gift is cancelled.</source>
      <translation>Say why the gift is cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Say why the voucher is cancelled.</source>
      <translation>Say why the voucher is cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Say why the voucher is given: the customer may ask.</source>
      <translation>Say why the voucher is given: the customer may ask.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Say why: the customer may ask.</source>
      <translation>Say why: the customer may ask.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/member_card.py" />
      <source>That customer no longer exists; search again.</source>
      <translation>That customer no longer exists; search again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>That gift no longer exists.</source>
      <translation>That gift no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>That voucher no longer exists.</source>
      <translation>That voucher no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is empty: nothing to refund.</source>
      <translation>The balance is empty: nothing to refund.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is {held}; pay at most that from it.</source>
      <translation>The balance is {held}; pay at most that from it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The balance is {held}; take off at most that.</source>
      <translation>The balance is {held}; take off at most that.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>The cost cannot be negative.</source>
      <translation>The cost cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>The last day comes before the first: check the dates.</source>
      <translation>The last day comes before the first: check the dates.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The sale is {due}; pay at most that from the balance.</source>
      <translation>The sale is {due}; pay at most that from the balance.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The shop holds {held} for {n} customers: {paid} paid in and {bonus} of bonus.</source>
      <translation>
        <numerusform>The shop holds {held} for {n} customer: {paid} paid in and {bonus} of bonus.</numerusform>
        <numerusform>The shop holds {held} for {n} customers: {paid} paid in and {bonus} of bonus.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>The shop takes no top-ups: the owner can turn them on in Settings.</source>
      <translation>The shop takes no top-ups: the owner can turn them on in Settings.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>The voucher was used on a sale: return the sale instead.</source>
      <translation>The voucher was used on a sale: return the sale instead.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>This gift was cancelled.</source>
      <translation>This gift was cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>This gift was handed over already.</source>
      <translation>This gift was handed over already.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>To hand over</source>
      <translation>To hand over</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Top-up</source>
      <translation>Top-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type a minimum spend from ¥0 to {most}.</source>
      <translation>Type a minimum spend from ¥0 to {most}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type a per cent off between 0 and 100.</source>
      <translation>Type a per cent off between 0 and 100.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type an amount of more than ¥0.</source>
      <translation>Type an amount of more than ¥0.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Type an amount off from ¥0.01 to {most}.</source>
      <translation>Type an amount off from ¥0.01 to {most}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type how much to add, or take off with a minus sign.</source>
      <translation>Type how much to add, or take off with a minus sign.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/stored_value.py" />
      <source>Type the amount from the balance as 0 or more.</source>
      <translation>Type the amount from the balance as 0 or more.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Used</source>
      <translation>Used</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} can be used from {day}.</source>
      <translation>Voucher {code} can be used from {day}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} has been used.</source>
      <translation>Voucher {code} has been used.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} is another customer's.</source>
      <translation>Voucher {code} is another customer's.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} is for other items than these.</source>
      <translation>Voucher {code} is for other items than these.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} needs a spend of {least}; this is {base}.</source>
      <translation>Voucher {code} needs a spend of {least}; this is {base}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} ran out on {day}.</source>
      <translation>Voucher {code} ran out on {day}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} takes nothing off a sale this small.</source>
      <translation>Voucher {code} takes nothing off a sale this small.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code} was cancelled.</source>
      <translation>Voucher {code} was cancelled.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>Voucher {code}: vouchers pay towards a sale, not a return.</source>
      <translation>Voucher {code}: vouchers pay towards a sale, not a return.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>over the budget of {budget}</source>
      <translation>over the budget of {budget}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/gifts.py" />
      <source>within the budget of {budget}</source>
      <translation>within the budget of {budget}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{amount} off</source>
      <translation>{amount} off</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{off} from {least}</source>
      <translation>{off} from {least}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/wallet/vouchers.py" />
      <source>{pct}% off</source>
      <translation>{pct}% off</translation>
    </message>
  </context>
</TS>
