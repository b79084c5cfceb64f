<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>shopcrm</name>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="145" />
      <source>&amp;Customers</source>
      <translation>&amp;Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="151" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="140" />
      <source>&amp;Shop</source>
      <translation>&amp;Shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="109" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="68" />
      <location filename="../../shopcrm/ui/quick_add.py" line="40" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="214" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="42" />
      <source>--customers must be at least 1.</source>
      <translation>--customers must be at least 1.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="93" />
      <source>A birthday cannot be in the future.</source>
      <translation>A birthday cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="267" />
      <source>A clerk's name has at most 50 characters.</source>
      <translation>A clerk's name has at most 50 characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="112" />
      <location filename="../../shopcrm/validation.py" line="200" />
      <source>A customer cannot refer herself.</source>
      <translation>A customer cannot refer herself.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="67" />
      <source>A name has at most 50 characters.</source>
      <translation>A name has at most 50 characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="70" />
      <source>About her</source>
      <translation>About her</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="137" />
      <location filename="../../shopcrm/ui/main_window.py" line="274" />
      <source>About shopcrm</source>
      <translation>About shopcrm</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="77" />
      <source>Accepts promotional messages</source>
      <translation>Accepts promotional messages</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="136" />
      <source>Add at least one item to the sale.</source>
      <translation>Add at least one item to the sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="278" />
      <source>Add at least one tier.</source>
      <translation>Add at least one tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="59" />
      <source>Add clerk</source>
      <translation>Add clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="59" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="103" />
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="41" />
      <source>Adjusted</source>
      <translation>Adjusted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="80" />
      <source>All clerks</source>
      <translation>All clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="83" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="78" />
      <source>All tiers</source>
      <translation>All tiers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="87" />
      <source>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</source>
      <translation>Already registered: {name} ({number}). &lt;a href='open'&gt;Open her card&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="64" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="62" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="351" />
      <source>An age of {age} cannot be right.</source>
      <translation>An age of {age} cannot be right.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="36" />
      <source>Anniversary</source>
      <translation>Anniversary</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="54" />
      <source>Approximate birth year</source>
      <translation>Approximate birth year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="121" />
      <source>Area (m²)</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="54" />
      <source>As soon as she no longer qualifies</source>
      <translation>As soon as she no longer qualifies</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="44" />
      <source>At risk</source>
      <translation>At risk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="32" />
      <source>At the end of the year after they were earned</source>
      <translation>At the end of the year after they were earned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="31" />
      <source>At the end of the year they were earned</source>
      <translation>At the end of the year they were earned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="53" />
      <source>At the yearly review</source>
      <translation>At the yearly review</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="46" />
      <source>Awaiting follow-up</source>
      <translation>Awaiting follow-up</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="132" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="60" />
      <location filename="../../shopcrm/ui/main_window.py" line="262" />
      <source>Backup written: {path}</source>
      <translation>Backup written: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="40" />
      <source>Best customers</source>
      <translation>Best customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="34" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="52" />
      <location filename="../../shopcrm/ui/quick_add.py" line="56" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="233" />
      <source>Birthday discount</source>
      <translation>Birthday discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="62" />
      <source>Bottom size</source>
      <translation>Bottom size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="52" />
      <source>Bought recently, often and the most: thank them, invite them to events.</source>
      <translation>Bought recently, often and the most: thank them, invite them to events.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="85" />
      <source>Broken link in {table}, row {row}.</source>
      <translation>Broken link in {table}, row {row}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="53" />
      <source>Buy often: keep in touch and greet them on their days.</source>
      <translation>Buy often: keep in touch and greet them on their days.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Calendar</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="55" />
      <source>Came back lately: a little care makes them regulars.</source>
      <translation>Came back lately: a little care makes them regulars.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="240" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="97" />
      <source>Cannot open the shop</source>
      <translation>Cannot open the shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="102" />
      <source>Cannot open {file}: {reason}</source>
      <translation>Cannot open {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="145" />
      <source>Cannot replace {file}: close it in Excel or WPS and try again.</source>
      <translation>Cannot replace {file}: close it in Excel or WPS and try again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="229" />
      <source>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</source>
      <translation>Cannot tell the text encoding of {file}: save it as UTF-8 CSV.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="161" />
      <source>Cannot undo: {reason}</source>
      <translation>Cannot undo: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sheet_writer.py" line="134" />
      <source>Cannot write in {folder}: {reason}. Choose another folder.</source>
      <translation>Cannot write in {folder}: {reason}. Choose another folder.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="57" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="283" />
      <source>Check the quantities and prices marked in red.</source>
      <translation>Check the quantities and prices marked in red.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="95" />
      <source>Check the year: it is before 1900.</source>
      <translation>Check the year: it is before 1900.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="111" />
      <source>Checked {customers} customers and {purchases} sales: {result}.</source>
      <translation>Checked {customers} customers and {purchases} sales: {result}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="37" />
      <source>Child starts school</source>
      <translation>Child starts school</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="61" />
      <source>Choose a customer to restore.</source>
      <translation>Choose a customer to restore.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="56" />
      <source>Choose another file: that one is the database itself.</source>
      <translation>Choose another file: that one is the database itself.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="262" />
      <source>Choose how customers qualify for a tier.</source>
      <translation>Choose how customers qualify for a tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="76" />
      <source>Choose one of the listed values.</source>
      <translation>Choose one of the listed values.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="180" />
      <source>Choose skip, fill or overwrite for duplicates.</source>
      <translation>Choose skip, fill or overwrite for duplicates.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="116" />
      <source>Choose the referrer from the customer list; that one is gone.</source>
      <translation>Choose the referrer from the customer list; that one is gone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="58" />
      <source>Choose two different customers to merge.</source>
      <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="28" />
      <source>Choose what kind of date this is.</source>
      <translation>Choose what kind of date this is.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="264" />
      <source>Choose when a customer may go down a tier.</source>
      <translation>Choose when a customer may go down a tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="34" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="68" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="228" />
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="65" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="67" />
      <location filename="../../shopcrm/ui/quick_add.py" line="57" />
      <source>Clerk in charge</source>
      <translation>Clerk in charge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="55" />
      <source>Clerks</source>
      <translation>Clerks</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="40" />
      <source>Click to copy the number</source>
      <translation>Click to copy the number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="91" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="27" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="47" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="41" />
      <source>Clothing shop</source>
      <translation>Clothing shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="62" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="59" />
      <source>Colour</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="38" />
      <source>Company anniversary</source>
      <translation>Company anniversary</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="76" />
      <location filename="../../shopcrm/ui/main_window.py" line="85" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="77" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="12" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="175" />
      <source>Customer care for a small shop. No command opens the window.</source>
      <translation>Customer care for a small shop. No command opens the window.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="66" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="176" />
      <source>Database: {path}</source>
      <translation>Database: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="59" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="227" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="51" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="124" />
      <source>Delivery address and room are recorded with each sale.</source>
      <translation>Delivery address and room are recorded with each sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="46" />
      <source>Demo shop ready in {path}: {customers} customers, {purchases} sales.</source>
      <translation>Demo shop ready in {path}: {customers} customers, {purchases} sales.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="56" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="65" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="14" />
      <source>Dormant</source>
      <translation>Dormant</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="150" />
      <source>Dry run: nothing was written.</source>
      <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="58" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="38" />
      <source>Earned</source>
      <translation>Earned</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="104" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="96" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="49" />
      <source>Ethnicity</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="40" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="229" />
      <source>Extra discount (¥)</source>
      <translation>Extra discount (¥)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="99" />
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="35" />
      <source>Family birthday</source>
      <translation>Family birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="57" />
      <source>Few, small, long-ago purchases: a friendly note now and then.</source>
      <translation>Few, small, long-ago purchases: a friendly note now and then.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="123" />
      <source>Find customer</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="54" />
      <source>First purchase lately: call within a week and make her welcome.</source>
      <translation>First purchase lately: call within a week and make her welcome.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="49" />
      <source>Font size</source>
      <translation>Font size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="41" />
      <source>Furniture shop</source>
      <translation>Furniture shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="48" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="45" />
      <source>Hibernating</source>
      <translation>Hibernating</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="98" />
      <source>Highest tier reached</source>
      <translation>Highest tier reached</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="103" />
      <source>Hobbies</source>
      <translation>Hobbies</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="72" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="120" />
      <source>House type</source>
      <translation>House type</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="564" />
      <location filename="../../shopcrm/importer.py" line="487" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="622" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>In days</source>
      <translation>In days</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="98" />
      <source>Income band</source>
      <translation>Income band</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="11" />
      <source>Intending buyer</source>
      <translation>Intending buyer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="60" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="143" />
      <source>Item {n}: the price cannot be negative.</source>
      <translation>Item {n}: the price cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="139" />
      <source>Item {n}: the quantity cannot be 0 (use a negative quantity for a return).</source>
      <translation>Item {n}: the quantity cannot be 0 (use a negative quantity for a return).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="54" />
      <source>Keep which record? The other one is merged into it.</source>
      <translation>Keep which record? The other one is merged into it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="35" />
      <source>Key date</source>
      <translation>Key date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="73" />
      <source>Key dates</source>
      <translation>Key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="48" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="52" />
      <source>Kind of shop</source>
      <translation>Kind of shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="48" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="62" />
      <location filename="../../shopcrm/ui/customer_table.py" line="36" />
      <source>Last visit</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="122" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="104" />
      <source>Lifestyle</source>
      <translation>Lifestyle</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="15" />
      <source>Lost</source>
      <translation>Lost</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="41" />
      <source>Loyal</source>
      <translation>Loyal</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="129" />
      <source>Lunar</source>
      <translation>Lunar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="53" />
      <source>Lunar calendar</source>
      <translation>Lunar calendar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="53" />
      <source>Lunar calendar birthday</source>
      <translation>Lunar calendar birthday</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="153" />
      <source>Main toolbar</source>
      <translation>Main toolbar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="70" />
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="50" />
      <source>Merge two customers</source>
      <translation>Merge two customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="130" />
      <source>Merge two customers…</source>
      <translation>Merge two customers…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/merge.py" line="107" />
      <source>Merged with {number}</source>
      <translation>Merged with {number}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="251" />
      <source>Merged.</source>
      <translation>Merged.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="58" />
      <source>Middling on every count: a personal message may bring them back.</source>
      <translation>Middling on every count: a personal message may bring them back.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="50" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="89" />
      <location filename="../../shopcrm/ui/customer_card.py" line="211" />
      <source>Move to trash</source>
      <translation>Move to trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="212" />
      <source>Move {name} to the trash? The owner can restore her from there.</source>
      <translation>Move {name} to the trash? The owner can restore her from there.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="31" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="47" />
      <location filename="../../shopcrm/ui/quick_add.py" line="47" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="130" />
      <source>Name it with --sheet NAME.</source>
      <translation>Name it with --sheet NAME.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="58" />
      <source>Name of a new clerk</source>
      <translation>Name of a new clerk</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="60" />
      <source>Native place</source>
      <translation>Native place</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="46" />
      <source>Need attention</source>
      <translation>Need attention</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="30" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="52" />
      <source>Never: a tier once reached is kept</source>
      <translation>Never: a tier once reached is kept</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="42" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="31" />
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="125" />
      <source>New customer…</source>
      <translation>New customer…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="371" />
      <source>No customer has this number or phone: import the referrer first, or clear the cell.</source>
      <translation>No customer has this number or phone: import the referrer first, or clear the cell.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="103" />
      <source>No customer has this phone.</source>
      <translation>No customer has this phone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="153" />
      <source>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</source>
      <translation>No header row found in “{sheet}” of {file}: the first rows should name the columns, at least 姓名 (name) or 手机 (phone).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="87" />
      <source>No tier</source>
      <translation>No tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="30" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="146" />
      <source>Not saved: check the fields marked in red.</source>
      <translation>Not saved: check the fields marked in red.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="230" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="106" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="46" />
      <source>Number of visits</source>
      <translation>Number of visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="95" />
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="150" />
      <source>On registration</source>
      <translation>On registration</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="61" />
      <source>Only her name and phone are needed. What she tells us stays in this shop and is never shared.</source>
      <translation>Only her name and phone are needed. What she tells us stays in this shop and is never shared.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="191" />
      <source>Only the owner can adjust points; ask her to do it.</source>
      <translation>Only the owner can adjust points; ask her to do it.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="45" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="126" />
      <source>Open card</source>
      <translation>Open card</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="20" />
      <location filename="../../shopcrm/labels.py" line="39" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="66" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="100" />
      <source>Personality</source>
      <translation>Personality</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="32" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="55" />
      <location filename="../../shopcrm/ui/quick_add.py" line="48" />
      <location filename="../../shopcrm/ui/trash_dialog.py" line="22" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="25" />
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="108" />
      <source>Phone number copied.</source>
      <translation>Phone number copied.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="63" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="67" />
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="113" />
      <source>Points pay towards a sale, not a return; set them to 0.</source>
      <translation>Points pay towards a sale, not a return; set them to 0.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="238" />
      <source>Points valid until {date} lapsed</source>
      <translation>Points valid until {date} lapsed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="97" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="74" />
      <source>Preferred contact</source>
      <translation>Preferred contact</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="69" />
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="90" />
      <source>Profile {p}% complete (hard facts 20%, knowing her 80%)</source>
      <translation>Profile {p}% complete (hard facts 20%, knowing her 80%)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="43" />
      <source>Promising</source>
      <translation>Promising</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="74" />
      <source>Purchases</source>
      <translation>Purchases</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="63" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="60" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="136" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="97" />
      <source>Recomputed the figures of {n} customers.</source>
      <translation>Recomputed the figures of {n} customers.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="81" />
      <source>Record sale (Ctrl+Enter)</source>
      <translation>Record sale (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="237" />
      <source>Record sale (Ctrl+S)</source>
      <translation>Record sale (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="128" />
      <source>Record sale…</source>
      <translation>Record sale…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="39" />
      <source>Redeemed</source>
      <translation>Redeemed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="164" />
      <source>Referral: {name} made her first purchase</source>
      <translation>Referral: {name} made her first purchase</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="64" />
      <source>Referrals made</source>
      <translation>Referrals made</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="58" />
      <source>Referred by</source>
      <translation>Referred by</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="45" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="13" />
      <source>Regular</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="134" />
      <source>Rejected rows written to {path}</source>
      <translation>Rejected rows written to {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="105" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="162" />
      <source>Remove key date</source>
      <translation>Remove key date</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="207" />
      <source>Remove row</source>
      <translation>Remove row</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="163" />
      <source>Remove {what}?</source>
      <translation>Remove {what}?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="48" />
      <source>Reopened</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="90" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="88" />
      <source>Reports and the monthly VIP list are coming in a later version.</source>
      <translation>Reports and the monthly VIP list are coming in a later version.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="119" />
      <source>Residential community</source>
      <translation>Residential community</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="25" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="67" />
      <source>Restored {file} into {path}.</source>
      <translation>Restored {file} into {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="160" />
      <location filename="../../shopcrm/sales.py" line="214" />
      <source>Return {date}</source>
      <translation>Return {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="192" />
      <location filename="../../shopcrm/ui/main_window.py" line="234" />
      <source>Sale recorded.</source>
      <translation>Sale recorded.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="230" />
      <source>Sale recorded. {name} is now {tier}!</source>
      <translation>Sale recorded. {name} is now {tier}!</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="192" />
      <source>Sale to {name}</source>
      <translation>Sale to {name}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="866" />
      <location filename="../../shopcrm/points.py" line="150" />
      <location filename="../../shopcrm/sales.py" line="214" />
      <source>Sale {date}</source>
      <translation>Sale {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="89" />
      <source>Sale {id}: {detail}</source>
      <translation>Sale {id}: {detail}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="83" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="243" />
      <source>Save the changes to {name}?</source>
      <translation>Save the changes to {name}?</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="151" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="181" />
      <source>Say why the points change: she may ask.</source>
      <translation>Say why the points change: she may ask.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="76" />
      <source>Search: last digits of the phone, name, pinyin initials (zxl) or number</source>
      <translation>Search: last digits of the phone, name, pinyin initials (zxl) or number</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="56" />
      <source>Second phone</source>
      <translation>Second phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="241" />
      <source>Select exactly two customers to merge.</source>
      <translation>Select exactly two customers to merge.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="134" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="47" />
      <source>Several sheets hold customer lists ({names}): choose one.</source>
      <translation>Several sheets hold customer lists ({names}): choose one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="179" />
      <source>She has already bought; her status follows her purchases.</source>
      <translation>She has already bought; her status follows her purchases.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="118" />
      <source>She has {n} points; redeem at most that many.</source>
      <translation>She has {n} points; redeem at most that many.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="196" />
      <source>She has {n} points; take away at most that many.</source>
      <translation>She has {n} points; take away at most that many.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="207" />
      <source>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</source>
      <translation>Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond a customer list. Delete the rows and columns after the table, save, and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="63" />
      <source>Shoe size</source>
      <translation>Shoe size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="53" />
      <source>Shop name</source>
      <translation>Shop name</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="61" />
      <location filename="../../shopcrm/ui/sale_dialog.py" line="58" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="129" />
      <source>Solar</source>
      <translation>Solar</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="710" />
      <source>Someone changed the customers while the import was prepared (a phone is now taken). Nothing was imported: run the import again.</source>
      <translation>Someone changed the customers while the import was prepared (a phone is now taken). Nothing was imported: run the import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="35" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="101" />
      <source>Spending habits</source>
      <translation>Spending habits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="45" />
      <source>Spending in the last 12 months</source>
      <translation>Spending in the last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="496" />
      <source>Spending in the last 12 months changed</source>
      <translation>Spending in the last 12 months changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="867" />
      <source>Spending reached the tier threshold</source>
      <translation>Spending reached the tier threshold</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="37" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <location filename="../../shopcrm/ui/profile_tabs.py" line="70" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="55" />
      <source>Style no.</source>
      <translation>Style no.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="102" />
      <source>Style preferences</source>
      <translation>Style preferences</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="231" />
      <source>Subtotal</source>
      <translation>Subtotal</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="26" />
      <source>Text message</source>
      <translation>Text message</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="28" />
      <location filename="../../shopcrm/points.py" line="187" />
      <location filename="../../shopcrm/sales.py" line="173" />
      <source>That customer no longer exists; search again.</source>
      <translation>That customer no longer exists; search again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="128" />
      <source>That file is the database itself; choose a backup.</source>
      <translation>That file is the database itself; choose a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="34" />
      <source>That month has at most {n} days.</source>
      <translation>That month has at most {n} days.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="130" />
      <source>The area must be between 0 and 100,000 m².</source>
      <translation>The area must be between 0 and 100,000 m².</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="79" />
      <source>The complaints register and the nine-step wizard are coming in a later version.</source>
      <translation>The complaints register and the nine-step wizard are coming in a later version.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="69" />
      <source>The database as it was before is kept in {path}.</source>
      <translation>The database as it was before is kept in {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="79" />
      <source>The database is damaged ({reason}); restore a backup.</source>
      <translation>The database is damaged ({reason}); restore a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="861" />
      <source>The demo shop kind must be clothing or furniture.</source>
      <translation>The demo shop kind must be clothing or furniture.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="149" />
      <source>The discount cannot be negative.</source>
      <translation>The discount cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="178" />
      <source>The discount is larger than the sale.</source>
      <translation>The discount is larger than the sale.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="276" />
      <source>The grace period is a number of days from 0 to 365.</source>
      <translation>The grace period is a number of days from 0 to 365.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/app.py" line="36" />
      <source>The last action did not complete; your saved data is safe.
Details were written to {path}.</source>
      <translation>The last action did not complete; your saved data is safe.
Details were written to {path}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="166" />
      <source>The last save was undone.</source>
      <translation>The last save was undone.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="246" />
      <source>The lowest tier must start at 0, so that every customer has a tier.</source>
      <translation>The lowest tier must start at 0, so that every customer has a tier.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="30" />
      <source>The month is a number from 1 to 12.</source>
      <translation>The month is a number from 1 to 12.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="124" />
      <source>The points would be worth more than the sale; redeem at most {n}.</source>
      <translation>The points would be worth more than the sale; redeem at most {n}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="202" />
      <source>The referring customer no longer exists.</source>
      <translation>The referring customer no longer exists.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/sales.py" line="147" />
      <source>The sale date cannot be in the future.</source>
      <translation>The sale date cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="50" />
      <source>The shop</source>
      <translation>The shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="289" />
      <source>The tiers were changed elsewhere; close the settings and open them again.</source>
      <translation>The tiers were changed elsewhere; close the settings and open them again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="21" />
      <source>There is already a clerk called {name}.</source>
      <translation>There is already a clerk called {name}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="238" />
      <source>There is no sheet “{sheet}”; the sheets are: {names}.</source>
      <translation>There is no sheet “{sheet}”; the sheets are: {names}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/settings_dialog.py" line="46" />
      <source>This computer</source>
      <translation>This computer</translation>
    </message>
    <message>
      <location filename="../../shopcrm/demo.py" line="908" />
      <source>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</source>
      <translation>This database already holds customers; demo data must not mix with a real shop's. Use --db to pick a new file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="172" />
      <source>This phone already belongs to {name} ({number}).</source>
      <translation>This phone already belongs to {name} ({number}).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="295" />
      <source>This phone belongs to another customer than number {number}.</source>
      <translation>This phone belongs to another customer than number {number}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_table.py" line="33" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="232" />
      <source>Tier discount</source>
      <translation>Tier discount</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="498" />
      <source>Tier re-evaluated</source>
      <translation>Tier re-evaluated</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="198" />
      <source>Tier upgrade</source>
      <translation>Tier upgrade</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="188" />
      <source>Tier {n}: a name has at most {limit} characters.</source>
      <translation>Tier {n}: a name has at most {limit} characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="208" />
      <source>Tier {n}: a number of visits is a whole number, e.g. 5.</source>
      <translation>Tier {n}: a number of visits is a whole number, e.g. 5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="228" />
      <source>Tier {n}: shorten the benefits to at most {limit} characters.</source>
      <translation>Tier {n}: shorten the benefits to at most {limit} characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="218" />
      <source>Tier {n}: the birthday discount must be a number from 0 to 100 (%).</source>
      <translation>Tier {n}: the birthday discount must be a number from 0 to 100 (%).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="213" />
      <source>Tier {n}: the discount must be a number from 0 to 100 (%).</source>
      <translation>Tier {n}: the discount must be a number from 0 to 100 (%).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="223" />
      <source>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</source>
      <translation>Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="204" />
      <source>Tier {n}: the threshold must be from 0 to 999,999,999.</source>
      <translation>Tier {n}: the threshold must be from 0 to 999,999,999.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="252" />
      <source>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</source>
      <translation>Tier {n}: the threshold must be higher than tier {m}'s; list the tiers from lowest to highest.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="186" />
      <source>Tier {n}: type a name, e.g. 银卡.</source>
      <translation>Tier {n}: type a name, e.g. 银卡.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="201" />
      <source>Tier {n}: type the threshold as a number.</source>
      <translation>Tier {n}: type the threshold as a number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="192" />
      <source>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</source>
      <translation>Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="234" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="75" />
      <source>Today's follow-ups</source>
      <translation>Today's follow-ups</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="69" />
      <source>Today's follow-ups: calls after a purchase, birthdays and festival greetings — coming in a later version.</source>
      <translation>Today's follow-ups: calls after a purchase, birthdays and festival greetings — coming in a later version.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="38" />
      <location filename="../../shopcrm/validation.py" line="56" />
      <source>Too long: at most {n} characters.</source>
      <translation>Too long: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="248" />
      <source>Too many numbers in one cell: keep one or two.</source>
      <translation>Too many numbers in one cell: keep one or two.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="61" />
      <source>Top size</source>
      <translation>Top size</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="44" />
      <source>Total spending</source>
      <translation>Total spending</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="60" />
      <location filename="../../shopcrm/ui/customer_table.py" line="35" />
      <source>Total spent</source>
      <translation>Total spent</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="20" />
      <source>Trash</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="131" />
      <source>Trash…</source>
      <translation>Trash…</translation>
    </message>
    <message>
      <location filename="../../shopcrm/keydates.py" line="36" />
      <source>Type a year between 1900 and next year, or leave it empty.</source>
      <translation>Type a year between 1900 and next year, or leave it empty.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="107" />
      <source>Type a year between 1900 and this year.</source>
      <translation>Type a year between 1900 and this year.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="73" />
      <location filename="../../shopcrm/validation.py" line="105" />
      <source>Type a year, e.g. 1985.</source>
      <translation>Type a year, e.g. 1985.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="65" />
      <source>Type her name (a surname alone is fine).</source>
      <translation>Type her name (a surname alone is fine).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="307" />
      <source>Type her name: a new customer needs one.</source>
      <translation>Type her name: a new customer needs one.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="60" />
      <source>Type her phone number: it is how she is found.</source>
      <translation>Type her phone number: it is how she is found.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="178" />
      <source>Type how many points to add, or take away with a minus sign.</source>
      <translation>Type how many points to add, or take away with a minus sign.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="128" />
      <source>Type the area in m², e.g. 120.5.</source>
      <translation>Type the area in m², e.g. 120.5.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/staff.py" line="17" />
      <source>Type the clerk's name.</source>
      <translation>Type the clerk's name.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="292" />
      <source>Type the discount as an amount, e.g. 50.</source>
      <translation>Type the discount as an amount, e.g. 50.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="110" />
      <source>Type the points to redeem as 0 or more.</source>
      <translation>Type the points to redeem as 0 or more.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="86" />
      <source>Undo last save</source>
      <translation>Undo last save</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="61" />
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="242" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="195" />
      <source>Upgraded to {tier}!</source>
      <translation>Upgraded to {tier}!</translation>
    </message>
    <message>
      <location filename="../../shopcrm/classification.py" line="56" />
      <source>Used to buy often or much, not lately: call them first.</source>
      <translation>Used to buy often or much, not lately: call them first.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="75" />
      <source>VIP history</source>
      <translation>VIP history</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="569" />
      <source>VIP rules changed</source>
      <translation>VIP rules changed</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="28" />
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="10" />
      <source>Visitor</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="61" />
      <source>Visits</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/labels.py" line="27" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="57" />
      <source>WeChat ID</source>
      <translation>WeChat ID</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="105" />
      <source>What matters to her</source>
      <translation>What matters to her</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="122" />
      <source>What she said</source>
      <translation>What she said</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="147" />
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="49" />
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="96" />
      <source>Whose / what</source>
      <translation>Whose / what</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="170" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="91" />
      <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
      <translation>Write the date as year-month-day, e.g. 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/vip_report.py" line="111" />
      <source>Write the month as YYYY-MM, e.g. 2025-03.</source>
      <translation>Write the month as YYYY-MM, e.g. 2025-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="269" />
      <source>Write the review date as month-day, e.g. 01-01.</source>
      <translation>Write the review date as month-day, e.g. 01-01.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="168" />
      <source>Wrote {path} ({n} customers).</source>
      <translation>Wrote {path} ({n} customers).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="52" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="123" />
      <source>Year built</source>
      <translation>Year built</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="494" />
      <source>Yearly tier review</source>
      <translation>Yearly tier review</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="210" />
      <source>a phone already known: skip the row, fill empty fields, or overwrite</source>
      <translation>a phone already known: skip the row, fill empty fields, or overwrite</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="114" />
      <source>all good</source>
      <translation>all good</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="205" />
      <source>check the file, write nothing</source>
      <translation>check the file, write nothing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="27" />
      <source>complaints</source>
      <translation>complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="28" />
      <source>contacts</source>
      <translation>contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="189" />
      <source>copy the database now</source>
      <translation>copy the database now</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="180" />
      <source>database file (default: $SHOPCRM_DB, else the data folder)</source>
      <translation>database file (default: $SHOPCRM_DB, else the data folder)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="37" />
      <source>e.g. 138 1234 5678</source>
      <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/profile_tabs.py" line="51" />
      <source>e.g. 1990-05-03</source>
      <translation>e.g. 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="40" />
      <source>e.g. daughter Lili, wedding</source>
      <translation>e.g. daughter Lili, wedding</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="190" />
      <source>file or folder</source>
      <translation>file or folder</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="183" />
      <source>fill an empty database with a living demo shop</source>
      <translation>fill an empty database with a living demo shop</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="202" />
      <source>import customer profiles from .xlsx or .csv</source>
      <translation>import customer profiles from .xlsx or .csv</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="25" />
      <source>key dates</source>
      <translation>key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="105" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="90" />
      <source>no phone</source>
      <translation>no phone</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="33" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="41" />
      <source>nothing</source>
      <translation>nothing</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="44" />
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="39" />
      <source>optional, e.g. 1990-05-03</source>
      <translation>optional, e.g. 1990-05-03</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/quick_add.py" line="43" />
      <source>optional: the phone of the friend who brought her</source>
      <translation>optional: the phone of the friend who brought her</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="26" />
      <source>points entries</source>
      <translation>points entries</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="213" />
      <source>print the counts as JSON</source>
      <translation>print the counts as JSON</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="199" />
      <source>recompute derived figures that disagree with the sales</source>
      <translation>recompute derived figures that disagree with the sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="30" />
      <source>referred friends</source>
      <translation>referred friends</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="192" />
      <source>replace the database with a verified backup</source>
      <translation>replace the database with a verified backup</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="139" />
      <source>row {row}, {column} “{value}”: {reason}</source>
      <translation>row {row}, {column} “{value}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="24" />
      <source>sales</source>
      <translation>sales</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="275" />
      <source>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</source>
      <translation>shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this computer only.
Database: {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/main_window.py" line="58" />
      <source>shopcrm — customer care</source>
      <translation>shopcrm — customer care</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="222" />
      <source>the month of the VIP list (default: this month)</source>
      <translation>the month of the VIP list (default: this month)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="204" />
      <source>the sheet holding the customers</source>
      <translation>the sheet holding the customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="29" />
      <source>tier changes</source>
      <translation>tier changes</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="243" />
      <source>unexpected error; details were written to {path}</source>
      <translation>unexpected error; details were written to {path}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="195" />
      <source>verify the file and every derived figure</source>
      <translation>verify the file and every derived figure</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="215" />
      <source>write profiles, a template or the VIP list</source>
      <translation>write profiles, a template or the VIP list</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="212" />
      <source>write the rejected rows here</source>
      <translation>write the rejected rows here</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/merge_dialog.py" line="34" />
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
      <location filename="../../shopcrm/cli.py" line="147" />
      <source>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
      <translation>{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/sale_dialog.py" line="312" />
      <source>{amount} (her birthday, {pct}%)</source>
      <translation>{amount} (her birthday, {pct}%)</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/card_header.py" line="94" />
      <source>{amount} more to reach {tier}</source>
      <translation>{amount} more to reach {tier}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="154" />
      <source>{amount} spent in the last 12 months</source>
      <translation>{amount} spent in the last 12 months</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="155" />
      <source>{amount} spent in total</source>
      <translation>{amount} spent in total</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="161" />
      <source>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</source>
      <translation>{file} contains XML declarations that Excel never writes and may be hostile; it was not opened.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="73" />
      <source>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</source>
      <translation>{file} is an old-style Excel file (.xls) or has a password. Open it in Excel or WPS, remove any password, save it as .xlsx and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="114" />
      <source>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</source>
      <translation>{file} is damaged or incomplete (perhaps a copy was cut short). Open it in Excel or WPS, save it again as .xlsx and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="106" />
      <source>{file} is larger than {mb} MB: split it into smaller files.</source>
      <translation>{file} is larger than {mb} MB: split it into smaller files.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="89" />
      <source>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not a spreadsheet (it may be renamed or damaged). Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="218" />
      <source>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not a text spreadsheet. Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="130" />
      <source>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</source>
      <translation>{file} is not an Excel workbook (it may be a renamed document). Save the customer list as .xlsx or .csv and import that file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="143" />
      <source>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</source>
      <translation>{file} unpacks to far more data than a spreadsheet holds and was not opened. Save the customer list again from Excel or WPS.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/spreadsheet_read.py" line="284" />
      <source>{file}, line {line}: {reason}. Fix that line and import again.</source>
      <translation>{file}, line {line}: {reason}. Fix that line and import again.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/importer.py" line="704" />
      <source>{file}: {added} added, {updated} updated</source>
      <translation>{file}: {added} added, {updated} updated</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="225" />
      <source>{month}/{day} is not a day of the year: write the month, then the day.</source>
      <translation>{month}/{day} is not a day of the year: write the month, then the day.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="70" />
      <source>{name} is back in the list.</source>
      <translation>{name} is back in the list.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_card.py" line="199" />
      <source>{name} is now {tier}. Tell her the good news and her new benefits.</source>
      <translation>{name} is now {tier}. Tell her the good news and her new benefits.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/customers.py" line="117" />
      <source>{name} was merged into {number}; open that customer instead.</source>
      <translation>{name} was merged into {number}; open that customer instead.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="94" />
      <source>{name}'s referral was already rewarded; it can no longer change.</source>
      <translation>{name}'s referral was already rewarded; it can no longer change.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="103" />
      <source>{number}: {column} is {stored}, the sales say {expected}.</source>
      <translation>{number}: {column} is {stored}, the sales say {expected}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="141" />
      <source>{n} complaints</source>
      <translation>{n} complaints</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="165" />
      <source>{n} contacts</source>
      <translation>{n} contacts</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="145" />
      <location filename="../../shopcrm/ui/main_window.py" line="177" />
      <source>{n} customers</source>
      <translation>{n} customers</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/trash_dialog.py" line="56" />
      <source>{n} customers in the trash</source>
      <translation>{n} customers in the trash</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/key_dates_tab.py" line="136" />
      <source>{n} key dates</source>
      <translation>{n} key dates</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/customer_page.py" line="145" />
      <source>{n} matches</source>
      <translation>{n} matches</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="78" />
      <source>{n} pcs</source>
      <translation>{n} pcs</translation>
    </message>
    <message>
      <location filename="../../shopcrm/points.py" line="139" />
      <source>{n} points for {amount} off, sale {date}</source>
      <translation>{n} points for {amount} off, sale {date}</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="114" />
      <source>{n} problems</source>
      <translation>{n} problems</translation>
    </message>
    <message>
      <location filename="../../shopcrm/ui/history_tabs.py" line="112" />
      <source>{n} sales, {total} in all</source>
      <translation>{n} sales, {total} in all</translation>
    </message>
    <message>
      <location filename="../../shopcrm/tiers.py" line="152" />
      <source>{n} visits</source>
      <translation>{n} visits</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="60" />
      <source>{path} belongs to another program, not shopcrm; nothing was changed.</source>
      <translation>{path} belongs to another program, not shopcrm; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="54" />
      <source>{path} cannot be read ({reason}). Restore a backup.</source>
      <translation>{path} cannot be read ({reason}). Restore a backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="102" />
      <source>{path} has {count} broken links between records; choose another backup.</source>
      <translation>{path} has {count} broken links between records; choose another backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="85" />
      <source>{path} holds no shop data.</source>
      <translation>{path} holds no shop data.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="36" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/backup.py" line="96" />
      <source>{path} is damaged ({reason}); choose another backup.</source>
      <translation>{path} is damaged ({reason}); choose another backup.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="42" />
      <source>{path} is not a shopcrm database (not an SQLite file).</source>
      <translation>{path} is not a shopcrm database (not an SQLite file).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/dbfile.py" line="66" />
      <source>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</source>
      <translation>{path} was written by a newer shopcrm (data version {found}, this one knows {known}). Update shopcrm to open it; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/referrals.py" line="124" />
      <source>{referrer} was brought in through {name}; choose someone else.</source>
      <translation>{referrer} was brought in through {name}; choose someone else.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="265" />
      <source>{value} is not a date: write it as 1990-05-03.</source>
      <translation>{value} is not a date: write it as 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="144" />
      <source>{value} is not a phone number: it has a fraction.</source>
      <translation>{value} is not a phone number: it has a fraction.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="149" />
      <source>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</source>
      <translation>{value} looks rounded by Excel (it ends in 00000): type the full number as text.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="166" />
      <source>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</source>
      <translation>{value}: Excel showed this phone in scientific notation and its last digits were lost. Type the full number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="215" />
      <source>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</source>
      <translation>{year}-{month:02d}-{day:02d} does not exist: check the day and month.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="283" />
      <source>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</source>
      <translation>“{value}” has no day: write the whole birthday, e.g. 1990-05-03.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="286" />
      <source>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</source>
      <translation>“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="241" />
      <source>“{value}” is not a lunar day such as 初八 or 廿三.</source>
      <translation>“{value}” is not a lunar day such as 初八 or 廿三.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="327" />
      <location filename="../../shopcrm/cleaning.py" line="331" />
      <source>“{value}” is not a number.</source>
      <translation>“{value}” is not a number.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="27" />
      <source>“{value}” is not a phone number: type digits only.</source>
      <translation>“{value}” is not a phone number: type digits only.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="37" />
      <source>“{value}” is not a valid phone number: check the digits.</source>
      <translation>“{value}” is not a valid phone number: check the digits.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="342" />
      <source>“{value}” is not a year.</source>
      <translation>“{value}” is not a year.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/validation.py" line="117" />
      <source>“{value}” is not an e-mail address (name@example.com).</source>
      <translation>“{value}” is not an e-mail address (name@example.com).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="313" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}” is not one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../shopcrm/phones.py" line="32" />
      <source>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</source>
      <translation>“{value}” is too short: a mobile number has 11 digits, a landline needs its area code (e.g. 010-12345678).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cleaning.py" line="301" />
      <source>“{value}”: write 是 or 否 (yes or no).</source>
      <translation>“{value}”: write 是 or 否 (yes or no).</translation>
    </message>
    <message>
      <location filename="../../shopcrm/cli.py" line="142" />
      <source>… and {n} more (see --rejects).</source>
      <translation>… and {n} more (see --rejects).</translation>
    </message>
  </context>
</TS>
