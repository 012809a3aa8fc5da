<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/AboutDialog.cpp" line="+41"/>
        <source>About Yutang</source>
        <translation>About Yutang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Third-party notices</source>
        <translation>Third-party notices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yutang 鱼塘</source>
        <translation>Yutang 鱼塘</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs on Qt %1 (built with Qt %2)</source>
        <translation>Runs on Qt %1 (built with Qt %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dashboard for merchants who run their own web shop: where visitors come from, the funnel, products, orders and referral commissions.</source>
        <translation>A dashboard for merchants who run their own web shop: where visitors come from, the funnel, products, orders and referral commissions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yutang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. The full licence and the licences of the components it uses are in the other tabs.</source>
        <translation>Yutang is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. The full licence and the licences of the components it uses are in the other tabs.</translation>
    </message>
</context>
<context>
    <name>AnalyticsObservers</name>
    <message>
        <location filename="../models/analytics/AnalyticsObservers.cpp" line="+20"/>
        <source>The records were stored, but the traffic figures could not be brought up to date: %1</source>
        <translation>The records were stored, but the traffic figures could not be brought up to date: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The records were stored, but the customer figures could not be brought up to date: %1</source>
        <translation>The records were stored, but the customer figures could not be brought up to date: %1</translation>
    </message>
</context>
<context>
    <name>AnomaliesExportSubject</name>
    <message>
        <location filename="../app/cli/commands/AnomaliesExportSubject.cpp" line="+10"/>
        <source>A burst is more registrations than this under one inviter in a day (default: the app&apos;s setting, 10 unless changed).</source>
        <translation>A burst is more registrations than this under one inviter in a day (default: the app&apos;s setting, 10 unless changed).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>odd referral links and registration bursts</source>
        <translation>odd referral links and registration bursts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--burst-threshold takes a whole number from 1.</source>
        <translation>--burst-threshold takes a whole number from 1.</translation>
    </message>
</context>
<context>
    <name>AnomaliesTab</name>
    <message>
        <location filename="../ui/panes/referrals/AnomaliesTab.cpp" line="+27"/>
        <source>A burst is more registrations than this under one inviter in one shop day</source>
        <translation>A burst is more registrations than this under one inviter in one shop day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referral anomalies.</source>
        <translation>No referral anomalies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral anomalies</source>
        <translation>Referral anomalies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter shows the member in the tree</source>
        <translation>Enter shows the member in the tree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Burst &amp;threshold (registrations a day):</source>
        <translation>Burst &amp;threshold (registrations a day):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burst threshold</source>
        <translation>Burst threshold</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+51"/>
        <location line="+44"/>
        <location line="+18"/>
        <location line="+13"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Yutang</source>
        <translation>Yutang</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+62"/>
        <source>There is no shop profile named “%1”.</source>
        <translation>There is no shop profile named “%1”.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The demo site could not be started: %1</source>
        <translation>The demo site could not be started: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The shop&apos;s access token or key could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</source>
        <translation>The shop&apos;s access token or key could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The local store could not be opened: %1</source>
        <translation>The local store could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/AuditCommand.cpp" line="+23"/>
        <source>Check the site&apos;s commission bookings against the referral rules; exit 8 on differences.</source>
        <translation>Check the site&apos;s commission bookings against the referral rules; exit 8 on differences.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text (default), csv or json.</source>
        <translation>text (default), csv or json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (default: standard output).</source>
        <translation>Write to FILE (default: standard output).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format takes text, csv or json.</source>
        <translation>--format takes text, csv or json.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No differences: every booking matches the referral rules.</source>
        <translation>No differences: every booking matches the referral rules.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditExportSubject</name>
    <message>
        <location filename="../app/cli/commands/AuditExportSubject.cpp" line="+10"/>
        <source>Only findings of this kind (e.g. wrong_amount).</source>
        <translation>Only findings of this kind (e.g. wrong_amount).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission bookings that differ from the referral rules</source>
        <translation>commission bookings that differ from the referral rules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--kind takes one of %1.</source>
        <translation>--kind takes one of %1.</translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <location filename="../models/referrals/AuditFinding.cpp" line="+41"/>
        <source>Missing booking</source>
        <translation>Missing booking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong amount</source>
        <translation>Wrong amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong beneficiary</source>
        <translation>Wrong beneficiary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level beyond the paid levels</source>
        <translation>Level beyond the paid levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reversed after refund</source>
        <translation>Not reversed after refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order does not exist</source>
        <translation>Order does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking not due</source>
        <translation>Booking not due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed without refund</source>
        <translation>Reversed without refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate booking</source>
        <translation>Duplicate booking</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1: level %2 commission of %3 for %4 was never booked.</source>
        <translation>Order %1: level %2 commission of %3 for %4 was never booked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: level %2 booking %3 for %4 is %5, should be %6.</source>
        <translation>Order %1: level %2 booking %3 for %4 is %5, should be %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1: level %2 booking %3 credits %4, should credit %5.</source>
        <translation>Order %1: level %2 booking %3 credits %4, should credit %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: booking %2 for %3 is at level %4, beyond the paid levels.</source>
        <translation>Order %1: booking %2 for %3 is at level %4, beyond the paid levels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was refunded but booking %2 for %3 is still %4.</source>
        <translation>Order %1 was refunded but booking %2 for %3 is still %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking %1 for %2 refers to order %3, which does not exist.</source>
        <translation>Booking %1 for %2 refers to order %3, which does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 (%2): booking %3 for %4 at level %5 is not due.</source>
        <translation>Order %1 (%2): booking %3 for %4 at level %5 is not due.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 but booking %3 for %4 was reversed.</source>
        <translation>Order %1 is %2 but booking %3 for %4 was reversed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: booking %2 for %3 repeats level %4.</source>
        <translation>Order %1: booking %2 for %3 repeats level %4.</translation>
    </message>
</context>
<context>
    <name>AuditFindingTableModel</name>
    <message>
        <location filename="../models/itemmodels/AuditFindingTableModel.cpp" line="+119"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due to</source>
        <translation>Due to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking status</source>
        <translation>Booking status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ui/panes/referrals/AuditTab.cpp" line="+29"/>
        <source>No differences: every booking matches the referral rules.</source>
        <translation>No differences: every booking matches the referral rules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search findings by order or member id…</source>
        <translation>Search findings by order or member id…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run audit</source>
        <translation>Run audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings that differ from what the referral rules give</source>
        <translation>Bookings that differ from what the referral rules give</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check every booking against the referral rules again</source>
        <translation>Check every booking against the referral rules again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking every booking against the referral rules…</source>
        <translation>Checking every booking against the referral rules…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The audit could not read the store: %1</source>
        <translation>The audit could not read the store: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The site booked every commission as the rules say.</source>
        <translation>The site booked every commission as the rules say.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n booking difference(s) with the referral rules (rates from the shop&apos;s rates_bp).</source>
        <translation>
            <numerusform>%n booking difference with the referral rules (rates from the shop&apos;s rates_bp).</numerusform>
            <numerusform>%n booking differences with the referral rules (rates from the shop&apos;s rates_bp).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../models/outbox/BulkEdit.cpp" line="+15"/>
        <source>The stock cannot be below 0.</source>
        <translation>The stock cannot be below 0.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The price would fall below 0.</source>
        <translation>The price would fall below 0.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/BulkEditDialog.cpp" line="+19"/>
        <source>Edit %n product(s)</source>
        <translation>
            <numerusform>Edit %n product</numerusform>
            <numerusform>Edit %n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set price</source>
        <translation>Set price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change price by an amount</source>
        <translation>Change price by an amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change price by a percent</source>
        <translation>Change price by a percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set stock</source>
        <translation>Set stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yuan to add (negative lowers)</source>
        <translation>Yuan to add (negative lowers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percent (−10 lowers by 10 %)</source>
        <translation>Percent (−10 lowers by 10 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter a valid number.</source>
        <translation>Enter a valid number.</translation>
    </message>
</context>
<context>
    <name>BulkShipDialog</name>
    <message>
        <location filename="../ui/dialogs/BulkShipDialog.cpp" line="+16"/>
        <source>Ship orders from a list</source>
        <translation>Ship orders from a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One order per line: order number, carrier, tracking number
YT20261124-0042,SF,SF1234567890</source>
        <translation>One order per line: order number, carrier, tracking number
YT20261124-0042,SF,SF1234567890</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import shipments</source>
        <translation>Import shipments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n order(s) to ship.</source>
        <translation>
            <numerusform>%n order to ship.</numerusform>
            <numerusform>%n orders to ship.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
</context>
<context>
    <name>BulkShipList</name>
    <message>
        <location filename="../models/outbox/BulkShipList.cpp" line="+40"/>
        <source>line %1: needs order number, carrier and tracking number</source>
        <translation>line %1: needs order number, carrier and tracking number</translation>
    </message>
</context>
<context>
    <name>ChannelDailyChart</name>
    <message>
        <location filename="../ui/panes/traffic/ChannelDailyChart.cpp" line="+33"/>
        <source>Sessions per channel per day</source>
        <translation>Sessions per channel per day</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sessions per channel per day — %1</source>
        <translation>Sessions per channel per day — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>No sessions in these %n day(s).</source>
        <translation>
            <numerusform>No sessions on this day.</numerusform>
            <numerusform>No sessions in these %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s); the most sessions, %1, on %2; the largest channel: %3 with %4 sessions.</source>
        <translation>
            <numerusform>%n day; the most sessions, %1, on %2; the largest channel: %3 with %4 sessions.</numerusform>
            <numerusform>%n days; the most sessions, %1, on %2; the largest channel: %3 with %4 sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelShareChart</name>
    <message>
        <location filename="../ui/panes/traffic/ChannelShareChart.cpp" line="+32"/>
        <source>Share of sessions</source>
        <translation>Share of sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to share out in this date range.</source>
        <translation>Nothing to share out in this date range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ClassifierRulesDialog</name>
    <message>
        <location filename="../ui/panes/traffic/ClassifierRulesDialog.cpp" line="+39"/>
        <source>Referrer host is</source>
        <translation>Referrer host is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer host ends with</source>
        <translation>Referrer host ends with</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utm_source is</source>
        <translation>utm_source is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing URL has parameter</source>
        <translation>Landing URL has parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User agent contains</source>
        <translation>User agent contains</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Traffic source rules</source>
        <translation>Traffic source rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rules are checked first, top to bottom; the first that matches decides. An empty source means the referrer host, utm_source or parameter value. Saving reclassifies every visit already synced.</source>
        <translation>Your rules are checked first, top to bottom; the first that matches decides. An empty source means the referrer host, utm_source or parameter value. Saving reclassifies every visit already synced.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The rules could not be saved in the store.</source>
        <translation>The rules could not be saved in the store.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reclassifying visits…</source>
        <translation>Reclassifying visits…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reclassification failed: %1</source>
        <translation>Reclassification failed: %1</translation>
    </message>
</context>
<context>
    <name>CohortMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/CohortMatrixModel.cpp" line="+181"/>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This period has not begun yet.</source>
        <translation>This period has not begun yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 customers bought again in %4</source>
        <translation>%1: %2 of %3 customers bought again in %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the week of %1</source>
        <translation>the week of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 per customer from the first order through period %3</source>
        <translation>%1: %2 per customer from the first order through period %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Share of the cohort who bought again in this period; in the first period, a second paid order</source>
        <translation>Share of the cohort who bought again in this period; in the first period, a second paid order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid revenue per cohort customer from the first order through this period</source>
        <translation>Paid revenue per cohort customer from the first order through this period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First paid month</source>
        <translation>First paid month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First paid week (Monday)</source>
        <translation>First paid week (Monday)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <location filename="../ui/panes/customers/CohortsTab.cpp" line="+24"/>
        <source>Cohort heat map</source>
        <translation>Cohort heat map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared cohort heat map</source>
        <translation>Compared cohort heat map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohorts by</source>
        <translation>Cohorts by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought again</source>
        <translation>Bought again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer, cumulative</source>
        <translation>Revenue per customer, cumulative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many cohorts</source>
        <translation>How many cohorts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last </source>
        <translation>Last </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Acquisition channel</source>
        <translation>Acquisition channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>beside</source>
        <translation>beside</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rows: cohorts by first paid order; columns: periods after it</source>
        <translation>Rows: cohorts by first paid order; columns: periods after it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First visit not on record</source>
        <translation>First visit not on record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each row is the customers whose first paid order fell in that period (shop time). A cell is the share of them who bought again in the period after it: in the first period, a second paid order; later, any paid order. Empty cells have not begun yet.</source>
        <translation>Each row is the customers whose first paid order fell in that period (shop time). A cell is the share of them who bought again in the period after it: in the first period, a second paid order; later, any paid order. Empty cells have not begun yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each row is the customers whose first paid order fell in that period (shop time). A cell is their paid revenue from the first order through that period, per customer of the cohort. Empty cells have not begun yet.</source>
        <translation>Each row is the customers whose first paid order fell in that period (shop time). A cell is their paid revenue from the first order through that period, per customer of the cohort. Empty cells have not begun yet.</translation>
    </message>
</context>
<context>
    <name>CollectionSync</name>
    <message>
        <location filename="../models/sync/CollectionSync.cpp" line="+183"/>
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site could not be reached while listing %1: %2</source>
        <translation>The site could not be reached while listing %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: sync token expired, listing everything again</source>
        <translation>%1: sync token expired, listing everything again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the site no longer accepts the saved cursor, listing again</source>
        <translation>%1: the site no longer accepts the saved cursor, listing again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site rejected the request for %1: %2</source>
        <translation>The site rejected the request for %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site did not accept the access token (401). Check the token in the site&apos;s admin.</source>
        <translation>The site did not accept the access token (401). Check the token in the site&apos;s admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may not read %1 (403).</source>
        <translation>The token may not read %1 (403).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site has no Yutang API at %1 (404).</source>
        <translation>The site has no Yutang API at %1 (404).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site answered %1 while listing %2: %3</source>
        <translation>The site answered %1 while listing %2: %3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commands/Command.cpp" line="+11"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try: yutang-cli %1 --help</source>
        <translation>Try: yutang-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/commands/CommandRegistry.cpp" line="+50"/>
        <source>Usage: yutang-cli &lt;command&gt; [options]</source>
        <translation>Usage: yutang-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run yutang-cli &lt;command&gt; --help for its options.</source>
        <translation>Run yutang-cli &lt;command&gt; --help for its options.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>CommissionLedgerTab</name>
    <message>
        <location filename="../ui/panes/referrals/CommissionLedgerTab.cpp" line="+32"/>
        <source>Commission status</source>
        <translation>Commission status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bookings of one status only</source>
        <translation>Show the bookings of one status only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bookings of one referral level only</source>
        <translation>Show the bookings of one referral level only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id (statement)</source>
        <translation>Beneficiary id (statement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id</source>
        <translation>Beneficiary id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One member&apos;s commissions: their statement; Enter applies</source>
        <translation>One member&apos;s commissions: their statement; Enter applies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commissions match.</source>
        <translation>No commissions match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by beneficiary or order…</source>
        <translation>Search by beneficiary or order…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission bookings</source>
        <translation>Commission bookings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per commission booked</source>
        <translation>One row per commission booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission totals</source>
        <translation>Commission totals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bookings added up per status</source>
        <translation>The bookings added up per status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Commission by status</source>
        <translation>Commission by status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commission in this date range.</source>
        <translation>No commission in this date range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CommissionTableModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTableModel.cpp" line="+38"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary id</source>
        <translation>Beneficiary id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission id</source>
        <translation>Commission id</translation>
    </message>
</context>
<context>
    <name>CommissionTotalsModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTotalsModel.cpp" line="+84"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>CommissionsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/CommissionsExportSubject.cpp" line="+9"/>
        <source>the commission ledger the site booked</source>
        <translation>the commission ledger the site booked</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="+31"/>
        <source>Changed on the site meanwhile</source>
        <translation>Changed on the site meanwhile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the site</source>
        <translation>On the site</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone changed this record on the site after your edit. Tick the fields to keep yours, then choose.</source>
        <translation>Someone changed this record on the site after your edit. Tick the fields to keep yours, then choose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge ticked fields</source>
        <translation>Merge ticked fields</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../models/outbox/ConflictResolver.cpp" line="+14"/>
        <source>This edit is not in conflict.</source>
        <translation>This edit is not in conflict.</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../app/cli/commands/ConnectCommand.cpp" line="+45"/>
        <source>Test a shop&apos;s address and secret, then save them as a profile (secret in the system keychain).</source>
        <translation>Test a shop&apos;s address and secret, then save them as a profile (secret in the system keychain).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown kind of site &quot;%1&quot;.</source>
        <translation>Unknown kind of site &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give %1 on standard input, one per line (missing: %2).</source>
        <translation>Give %1 on standard input, one per line (missing: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token on standard input.</source>
        <translation>No token on standard input.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: yutang-cli connect --profile NAME --kind woocommerce|yutang --site URL (the secret on standard input)</source>
        <translation>Usage: yutang-cli connect --profile NAME --kind woocommerce|yutang --site URL (the secret on standard input)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind of site &quot;%1&quot; (known: %2).</source>
        <translation>Unknown kind of site &quot;%1&quot; (known: %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yutang cannot test a site of kind %1.</source>
        <translation>Yutang cannot test a site of kind %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>Currency: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone: %1</source>
        <translation>Time zone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform version: %1</source>
        <translation>Platform version: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: write access shows on the first push</source>
        <translation>Access: write access shows on the first push</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read/write</source>
        <translation>Access: read/write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read only (edits stay queued until a key that may write is given)</source>
        <translation>Access: read only (edits stay queued until a key that may write is given)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile &quot;%1&quot; saved; its secret is in the system keychain.</source>
        <translation>Profile &quot;%1&quot; saved; its secret is in the system keychain.</translation>
    </message>
</context>
<context>
    <name>ConnectShopForm</name>
    <message>
        <location filename="../ui/dialogs/ConnectShopForm.cpp" line="+25"/>
        <source>Test c&amp;onnection</source>
        <translation>Test c&amp;onnection</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. 山野茶舍</source>
        <translation>e.g. 山野茶舍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of s&amp;ite:</source>
        <translation>Kind of s&amp;ite:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop &amp;name:</source>
        <translation>Shop &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site &amp;address:</source>
        <translation>Site &amp;address:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check the address and the key with the site, without saving anything</source>
        <translation>Check the address and the key with the site, without saving anything</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On this computer (default), or postgresql://user@host:5432/shop</source>
        <translation>On this computer (default), or postgresql://user@host:5432/shop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team database (PostgreSQL) lets several desktops share one copy of the shop&apos;s data. TLS options go in the URL, e.g. ?sslmode=verify-full.</source>
        <translation>A team database (PostgreSQL) lets several desktops share one copy of the shop&apos;s data. TLS options go in the URL, e.g. ?sslmode=verify-full.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of the team database user</source>
        <translation>Password of the team database user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sto&amp;re:</source>
        <translation>Sto&amp;re:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;password:</source>
        <translation>Database &amp;password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The access token or key and the database password are kept in the system keychain only.</source>
        <translation>The access token or key and the database password are kept in the system keychain only.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;secret:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>consumer key</source>
        <translation>consumer key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer secret</source>
        <translation>consumer secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made in your site&apos;s admin under Yutang API</source>
        <translation>Made in your site&apos;s admin under Yutang API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ck_…</source>
        <translation>ck_…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cs_…</source>
        <translation>cs_…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make an access token in your site&apos;s admin under Yutang API and paste it here.</source>
        <translation>Make an access token in your site&apos;s admin under Yutang API and paste it here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In WordPress, open &lt;b&gt;WooCommerce → Settings → Advanced → REST API&lt;/b&gt; and add a key for Yutang. Choose &lt;i&gt;Read&lt;/i&gt; to look only, or &lt;i&gt;Read/Write&lt;/i&gt; so that edits made in Yutang (stock, prices, shipping) reach the shop.</source>
        <translation>In WordPress, open &lt;b&gt;WooCommerce → Settings → Advanced → REST API&lt;/b&gt; and add a key for Yutang. Choose &lt;i&gt;Read&lt;/i&gt; to look only, or &lt;i&gt;Read/Write&lt;/i&gt; so that edits made in Yutang (stock, prices, shipping) reach the shop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with https:// — plain http:// only works for a shop on this computer.</source>
        <translation>The address must start with https:// — plain http:// only works for a shop on this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 records where each order came from, not every visit: Yutang shows orders and revenue by source, without visit counts or conversion rates.</source>
        <translation>%1 records where each order came from, not every visit: Yutang shows orders and revenue by source, without visit counts or conversion rates.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no referral tree or commissions for this kind of site.</source>
        <translation>There is no referral tree or commissions for this kind of site.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>https://shop.example.com (the WordPress site)</source>
        <translation>https://shop.example.com (the WordPress site)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://shop.example.cn</source>
        <translation>https://shop.example.cn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the kind of site.</source>
        <translation>Choose the kind of site.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste the access token from your site&apos;s admin.</source>
        <translation>Paste the access token from your site&apos;s admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the %1.</source>
        <translation>Fill in the %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yutang cannot test a %1 connection here yet: the address and the key are checked on the first sync.</source>
        <translation>Yutang cannot test a %1 connection here yet: the address and the key are checked on the first sync.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;The connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The connection failed.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Connected to %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connected to %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: %1</source>
        <translation>Currency: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone: %1</source>
        <translation>Time zone: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access: write access shows on the first push</source>
        <translation>Access: write access shows on the first push</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access: read and write</source>
        <translation>Access: read and write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access: read only — edits made in Yutang cannot be sent to the shop</source>
        <translation>Access: read only — edits made in Yutang cannot be sent to the shop</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/export/CsvWriter.cpp" line="+107"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>CustomerListTab</name>
    <message>
        <location filename="../ui/panes/customers/CustomerListTab.cpp" line="+35"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a customer to see their orders and visits</source>
        <translation>Select a customer to see their orders and visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers by name, id or inviter…</source>
        <translation>Search customers by name, id or inviter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customers match — sync your shop, or clear the filters.</source>
        <translation>No customers match — sync your shop, or clear the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders of the customer</source>
        <translation>Orders of the customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a customer to see their orders.</source>
        <translation>Select a customer to see their orders.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits of the customer</source>
        <translation>Visits of the customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a customer to see their visits.</source>
        <translation>Select a customer to see their visits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer details</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Acquisition channel</source>
        <translation>Acquisition channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the customers whose first visit came from one channel only</source>
        <translation>Show the customers whose first visit came from one channel only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First visit not on record</source>
        <translation>First visit not on record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has bought</source>
        <translation>Has bought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has not bought yet</source>
        <translation>Has not bought yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat buyers</source>
        <translation>Repeat buyers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their invitees</source>
        <translation>Their invitees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the customers the selected customer invited</source>
        <translation>List the customers the selected customer invited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments…</source>
        <translation>Segments…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the RFM segments draw their lines</source>
        <translation>Where the RFM segments draw their lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+37"/>
        <source>Invited by %1</source>
        <translation>Invited by %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Registered %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came through: %1</source>
        <translation>Came through: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid orders: %1 · spent %2 · refunded %3</source>
        <translation>Paid orders: %1 · spent %2 · refunded %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invited %1 · level 2: %2 · level 3: %3</source>
        <translation>Invited %1 · level 2: %2 · level 3: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission earned %1; commission on their orders %2</source>
        <translation>Commission earned %1; commission on their orders %2</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../models/itemmodels/CustomerTableModel.cpp" line="+19"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the customer registered, shop time</source>
        <translation>When the customer registered, shop time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First paid order</source>
        <translation>First paid order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their first order that was paid (paid, shipped or completed), shop time</source>
        <translation>Their first order that was paid (paid, shipped or completed), shop time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last paid order</source>
        <translation>Last paid order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their latest paid order: how recently they bought</source>
        <translation>Their latest paid order: how recently they bought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders paid, shipped or completed; refunded and cancelled ones do not count</source>
        <translation>Orders paid, shipped or completed; refunded and cancelled ones do not count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The totals of their paid orders</source>
        <translation>The totals of their paid orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent divided by paid orders</source>
        <translation>Spent divided by paid orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The totals of their refunded orders (not counted as spent)</source>
        <translation>The totals of their refunded orders (not counted as spent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel of their first visit on record, classified as in Traffic</source>
        <translation>The channel of their first visit on record, classified as in Traffic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviter</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers they invited directly</source>
        <translation>Customers they invited directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 2 invitees</source>
        <translation>Level 2 invitees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers invited by their invitees</source>
        <translation>Customers invited by their invitees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 3 invitees</source>
        <translation>Level 3 invitees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers three levels below them</source>
        <translation>Customers three levels below them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission earned</source>
        <translation>Commission earned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions booked for them as inviter, not reversed</source>
        <translation>Commissions booked for them as inviter, not reversed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission on their orders</source>
        <translation>Commission on their orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions their own orders cost, paid to their inviters, not reversed</source>
        <translation>Commissions their own orders cost, paid to their inviters, not reversed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM segment: from how recently, how often and how much they bought (Segments… shows the lines)</source>
        <translation>RFM segment: from how recently, how often and how much they bought (Segments… shows the lines)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>First visit not on record</source>
        <translation>First visit not on record</translation>
    </message>
</context>
<context>
    <name>CustomersExportSubject</name>
    <message>
        <location filename="../app/cli/commands/CustomersExportSubject.cpp" line="+24"/>
        <source>Only customers acquired through this channel (&quot;-&quot;: first visit not on record).</source>
        <translation>Only customers acquired through this channel (&quot;-&quot;: first visit not on record).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this RFM segment (champions, loyal, new, needs_attention, at_risk, lost, no_purchase).</source>
        <translation>Only this RFM segment (champions, loyal, new, needs_attention, at_risk, lost, no_purchase).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers who bought (&quot;bought&quot;), did not (&quot;none&quot;) or bought again (&quot;repeat&quot;).</source>
        <translation>Only customers who bought (&quot;bought&quot;), did not (&quot;none&quot;) or bought again (&quot;repeat&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>which</source>
        <translation>which</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers this customer invited (id).</source>
        <translation>Only customers this customer invited (id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose name or id contains this.</source>
        <translation>Only customers whose name or id contains this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts by &quot;month&quot; (default) or &quot;week&quot;.</source>
        <translation>Cohorts by &quot;month&quot; (default) or &quot;week&quot;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many cohorts, counting back from this one (default 12).</source>
        <translation>How many cohorts, counting back from this one (default 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;repeat&quot; (default): share who bought again per period; &quot;revenue&quot;: revenue per customer, cumulative.</source>
        <translation>&quot;repeat&quot; (default): share who bought again per period; &quot;revenue&quot;: revenue per customer, cumulative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First registration day (yyyy-MM-dd, shop time).</source>
        <translation>First registration day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last registration day (yyyy-MM-dd, shop time).</source>
        <translation>Last registration day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>customers with orders, spending, acquisition, invitees, commissions and RFM segment</source>
        <translation>customers with orders, spending, acquisition, invitees, commissions and RFM segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cohort matrix by first paid month or week (--unit, --measure)</source>
        <translation>the cohort matrix by first paid month or week (--unit, --measure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the referral economy per acquisition channel and source (--from, --to)</source>
        <translation>the referral economy per acquisition channel and source (--from, --to)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown channel %1; one of: %2, or &quot;-&quot;.</source>
        <translation>Unknown channel %1; one of: %2, or &quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customers&apos; figures could not be brought up to date: %1</source>
        <translation>The customers&apos; figures could not be brought up to date: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unknown segment %1.</source>
        <translation>Unknown segment %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--purchases takes &quot;bought&quot;, &quot;none&quot; or &quot;repeat&quot;.</source>
        <translation>--purchases takes &quot;bought&quot;, &quot;none&quot; or &quot;repeat&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--unit takes &quot;month&quot; or &quot;week&quot;.</source>
        <translation>--unit takes &quot;month&quot; or &quot;week&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--measure takes &quot;repeat&quot; or &quot;revenue&quot;.</source>
        <translation>--measure takes &quot;repeat&quot; or &quot;revenue&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--cohorts takes a number from 1 to 120.</source>
        <translation>--cohorts takes a number from 1 to 120.</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../ui/panes/customers/CustomersPane.cpp" line="+16"/>
        <source>Who your customers are, who comes back to buy again, and what each channel&apos;s customers and their invitees are worth</source>
        <translation>Who your customers are, who comes back to buy again, and what each channel&apos;s customers and their invitees are worth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer views</source>
        <translation>Customer views</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/panes/customers/CustomersPane.h" line="+20"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral economy</source>
        <translation>Referral economy</translation>
    </message>
</context>
<context>
    <name>DailyConversionChart</name>
    <message>
        <location filename="../ui/panes/funnels/DailyConversionChart.cpp" line="+39"/>
        <source>Conversion per day (purchased ÷ sessions)</source>
        <translation>Conversion per day (purchased ÷ sessions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no sessions yet</source>
        <translation>%1: no sessions yet</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>No whole day with sessions in these %n day(s).</source>
        <translation>
            <numerusform>No whole day with sessions in these %n day(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Conversion per day over %n day(s): highest %1 on %2.</source>
        <translation>
            <numerusform>Conversion per day over %n day(s): highest %1 on %2.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+92"/>
        <source>the file or its folder cannot be written</source>
        <translation>the file or its folder cannot be written</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password from the keychain (%1): %2. Store it with &quot;yutang-cli store-password set --db %3&quot;.</source>
        <translation>No password from the keychain (%1): %2. Store it with &quot;yutang-cli store-password set --db %3&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file %1 was written by an older Yutang and needs bringing up to date, but it is read-only. Make the file and its folder writable, or open another store.</source>
        <translation>The store file %1 was written by an older Yutang and needs bringing up to date, but it is read-only. Make the file and its folder writable, or open another store.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>The Qt Sql driver %1 is not installed.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+32"/>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot set up the store: %1</source>
        <translation>Cannot set up the store: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This SQLite (%1) is too old for Yutang: it needs 3.35 or newer, with JSON.</source>
        <translation>This SQLite (%1) is too old for Yutang: it needs 3.35 or newer, with JSON.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot check the store %1: %2</source>
        <translation>Cannot check the store %1: %2</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../models/itemmodels/DateRange.cpp" line="+54"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
</context>
<context>
    <name>DateRangeSelector</name>
    <message>
        <location filename="../ui/widgets/DateRangeSelector.cpp" line="+22"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days every pane shows, counted in the shop&apos;s time zone</source>
        <translation>The days every pane shows, counted in the shop&apos;s time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Custom in the date range to edit</source>
        <translation>Choose Custom in the date range to edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date range:</source>
        <translation>&amp;Date range:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DayComparisonPanel</name>
    <message>
        <location filename="../ui/panes/overview/DayComparisonPanel.cpp" line="+29"/>
        <source>Today and yesterday</source>
        <translation>Today and yesterday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each figure with its change against the same weekday a week earlier</source>
        <translation>Each figure with its change against the same weekday a week earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change is against the same weekday a week earlier</source>
        <translation>The change is against the same weekday a week earlier</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same weekday a week earlier, until %1: %2</source>
        <translation>Same weekday a week earlier, until %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</source>
        <translation>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Same weekday a week earlier: %1</source>
        <translation>Same weekday a week earlier: %1</translation>
    </message>
</context>
<context>
    <name>DemoSiteLauncher</name>
    <message>
        <location filename="../models/demo/DemoSiteLauncher.cpp" line="+21"/>
        <source>Cannot start the demo site %1: %2</source>
        <translation>Cannot start the demo site %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The demo site %1 is missing. Build the yutang-site target.</source>
        <translation>The demo site %1 is missing. Build the yutang-site target.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo site stopped: %1</source>
        <translation>The demo site stopped: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo site did not start within %1 s.</source>
        <translation>The demo site did not start within %1 s.</translation>
    </message>
</context>
<context>
    <name>EditActionBar</name>
    <message>
        <location filename="../ui/dialogs/EditActionBar.cpp" line="+23"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbox…</source>
        <translation>Outbox…</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../app/cli/commands/EditCommand.cpp" line="+20"/>
        <source>Change a product (title, price in yuan, stock, status, category) and push it.</source>
        <translation>Change a product (title, price in yuan, stock, status, category) and push it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New title.</source>
        <translation>New title.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New price in yuan, such as 199.00.</source>
        <translation>New price in yuan, such as 199.00.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stock (a whole number).</source>
        <translation>New stock (a whole number).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active, draft or archived.</source>
        <translation>active, draft or archived.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category.</source>
        <translation>New category.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to edit: product.</source>
        <translation>What to edit: product.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s id.</source>
        <translation>The product&apos;s id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] [--status S]</source>
        <translation>Usage: yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] [--status S]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--price takes yuan, such as 199.00 (at least 0).</source>
        <translation>--price takes yuan, such as 199.00 (at least 0).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--stock takes a whole number of at least 0.</source>
        <translation>--stock takes a whole number of at least 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to change: pass at least one of --title, --price, --stock, --status, --category.</source>
        <translation>Nothing to change: pass at least one of --title, --price, --stock, --status, --category.</translation>
    </message>
</context>
<context>
    <name>EditRules</name>
    <message>
        <location filename="../models/outbox/EditRules.cpp" line="+31"/>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product has no editable field &quot;%1&quot;.</source>
        <translation>A product has no editable field &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price must be a number of at least 0.</source>
        <translation>The price must be a number of at least 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock must be a whole number of at least 0.</source>
        <translation>The stock must be a whole number of at least 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown product status &quot;%1&quot; (active, draft or archived).</source>
        <translation>Unknown product status &quot;%1&quot; (active, draft or archived).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An order edit must set a status.</source>
        <translation>An order edit must set a status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order that is %1 cannot become %2.</source>
        <translation>An order that is %1 cannot become %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order has no editable field &quot;%1&quot;.</source>
        <translation>An order has no editable field &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping needs a carrier and a tracking number.</source>
        <translation>Shipping needs a carrier and a tracking number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping details go only with the status &quot;shipped&quot;.</source>
        <translation>Shipping details go only with the status &quot;shipped&quot;.</translation>
    </message>
</context>
<context>
    <name>EditStateColumn</name>
    <message>
        <location filename="../models/itemmodels/EditStateColumn.cpp" line="+12"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+30"/>
        <source>Write a table as CSV or JSON: %1.</source>
        <translation>Write a table as CSV or JSON: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utf8-bom (default, for Excel), utf8 or gb18030.</source>
        <translation>utf8-bom (default, for Excel), utf8 or gb18030.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (default: standard output, also with -).</source>
        <translation>Write to FILE (default: standard output, also with -).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to export: %1</source>
        <translation>Say what to export: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../models/export/ExportOptions.cpp" line="+17"/>
        <source>Unknown encoding &quot;%1&quot; (use utf8-bom, utf8 or gb18030).</source>
        <translation>Unknown encoding &quot;%1&quot; (use utf8-bom, utf8 or gb18030).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot; (use csv or json).</source>
        <translation>Unknown format &quot;%1&quot; (use csv or json).</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+46"/>
        <location line="+17"/>
        <location line="+24"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+47"/>
        <source>not a string</source>
        <translation>not a string</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of range (%1)</source>
        <translation>out of range (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an RFC 3339 timestamp with offset: %1</source>
        <translation>not an RFC 3339 timestamp with offset: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not true/false</source>
        <translation>not true/false</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../ui/widgets/FigureCard.cpp" line="+50"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="+29"/>
        <source>Welcome to Yutang</source>
        <translation>Welcome to Yutang</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The database password could not be saved in the system keychain: %1</source>
        <translation>The database password could not be saved in the system keychain: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Yutang shows your web shop&apos;s traffic, orders and referrals. Where shall we start?</source>
        <translation>Yutang shows your web shop&apos;s traffic, orders and referrals. Where shall we start?</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Open the &amp;demo shop (a tea shop with generated data)</source>
        <translation>Open the &amp;demo shop (a tea shop with generated data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect my shop&apos;s site</source>
        <translation>&amp;Connect my shop&apos;s site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a shop connected &amp;before</source>
        <translation>Open a shop connected &amp;before</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the shop a name.</source>
        <translation>Give the shop a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“demo” is reserved for the demo shop; choose another name.</source>
        <translation>“demo” is reserved for the demo shop; choose another name.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the key in the system keychain…</source>
        <translation>Saving the key in the system keychain…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token or key could not be saved in the system keychain: %1
Yutang keeps them nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>The token or key could not be saved in the system keychain: %1
Yutang keeps them nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelChart.cpp" line="+43"/>
        <source>Nothing reached the first step on the chosen days.</source>
        <translation>Nothing reached the first step on the chosen days.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 chart</source>
        <translation>%1 chart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at each step; above a bar, its share of the previous step</source>
        <translation>%1 at each step; above a bar, its share of the previous step</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Of the first step: %1</source>
        <translation>Of the first step: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the previous step: %1</source>
        <translation>Of the previous step: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3 of the previous step)</source>
        <translation>%1 %2 (%3 of the previous step)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <comment>between steps</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; %2: %3</source>
        <translation>%1; %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>FunnelModel</name>
    <message>
        <location filename="../models/itemmodels/FunnelModel.cpp" line="+32"/>
        <location filename="../models/itemmodels/FunnelModel.h" line="+24"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewed a product</source>
        <translation>Viewed a product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to cart</source>
        <translation>Added to cart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began checkout</source>
        <translation>Began checkout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visits that started on the chosen days (in the shop&apos;s time zone)</source>
        <translation>Visits that started on the chosen days (in the shop&apos;s time zone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits with a “%1” event after every earlier step&apos;s event, in order, in the same visit</source>
        <translation>Visits with a “%1” event after every earlier step&apos;s event, in order, in the same visit</translation>
    </message>
</context>
<context>
    <name>FunnelsPane</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.h" line="+30"/>
        <source>Funnels</source>
        <translation>Funnels</translation>
    </message>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.cpp" line="+63"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop funnel table…</source>
        <translation>Shop funnel table…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel table…</source>
        <translation>Lifecycle funnel table…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop funnel chart as PNG…</source>
        <translation>Shop funnel chart as PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel chart as PNG…</source>
        <translation>Lifecycle funnel chart as PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion chart as PNG…</source>
        <translation>Conversion chart as PNG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shop funnel table</source>
        <translation>Shop funnel table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the shop funnel: sessions, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</source>
        <translation>One row per step of the shop funnel: sessions, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle funnel table</source>
        <translation>Lifecycle funnel table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step of the lifecycle funnel: visitors, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</source>
        <translation>One row per step of the lifecycle funnel: visitors, share of the first and the previous step, drop-off, and the compared period&apos;s figures when one is chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per visit that started on the chosen days. A visit counts at a step when it has that step&apos;s event &lt;i&gt;and every earlier step&apos;s, in that order&lt;/i&gt;, in the same visit. Hover a step for its definition.</source>
        <translation>Per visit that started on the chosen days. A visit counts at a step when it has that step&apos;s event &lt;i&gt;and every earlier step&apos;s, in that order&lt;/i&gt;, in the same visit. Hover a step for its definition.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+84"/>
        <source>Shop funnel</source>
        <translation>Shop funnel</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Lifecycle funnel</source>
        <translation>Lifecycle funnel</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Per visitor &lt;b&gt;acquired&lt;/b&gt; on the chosen days (their first visit ever; its channel is theirs). Each step counts the visitors who reached it and every earlier one. Hover a step for its definition.</source>
        <translation>Per visitor &lt;b&gt;acquired&lt;/b&gt; on the chosen days (their first visit ever; its channel is theirs). Each step counts the visitors who reached it and every earlier one. Hover a step for its definition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shop funnel figures</source>
        <translation>Shop funnel figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle funnel figures</source>
        <translation>Lifecycle funnel figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion per day</source>
        <translation>Conversion per day</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No visit started on the chosen days: there is no funnel to draw.</source>
        <translation>No visit started on the chosen days: there is no funnel to draw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit from %1 started on the chosen days: there is no funnel to draw.</source>
        <translation>No visit from %1 started on the chosen days: there is no funnel to draw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visitor came for the first time on the chosen days: there is no funnel to draw.</source>
        <translation>No visitor came for the first time on the chosen days: there is no funnel to draw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visitor came for the first time from %1 on the chosen days: there is no funnel to draw.</source>
        <translation>No visitor came for the first time from %1 on the chosen days: there is no funnel to draw.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The chosen days end with today, which is not over (it is %1): the compared days are whole days, so the counts of the chosen days run short of theirs.</source>
        <translation>The chosen days end with today, which is not over (it is %1): the compared days are whole days, so the counts of the chosen days run short of theirs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 records the source of each order, not every visit, so this shop has no funnels: a funnel needs the visits that did not buy as well. The Traffic pane shows orders and revenue by source; the Orders pane shows orders by status.</source>
        <translation>%1 records the source of each order, not every visit, so this shop has no funnels: a funnel needs the visits that did not buy as well. The Traffic pane shows orders and revenue by source; the Orders pane shows orders by status.</translation>
    </message>
</context>
<context>
    <name>JsonTableWriter</name>
    <message>
        <location filename="../models/export/JsonTableWriter.cpp" line="+28"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnelModel</name>
    <message>
        <location filename="../models/itemmodels/LifecycleFunnelModel.cpp" line="+22"/>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came back within 7 days</source>
        <translation>Came back within 7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed the official account</source>
        <translation>Followed the official account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First paid order</source>
        <translation>First paid order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred someone who registered</source>
        <translation>Referred someone who registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second paid order</source>
        <translation>Second paid order</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visitors whose first visit ever was on the chosen days; the channel is that visit&apos;s</source>
        <translation>Visitors whose first visit ever was on the chosen days; the channel is that visit&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…who registered (a register event, or a visit while logged in)</source>
        <translation>…who registered (a register event, or a visit while logged in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and visited again within 7 days after their first visit</source>
        <translation>…and visited again within 7 days after their first visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and followed the official account</source>
        <translation>…and followed the official account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and placed a paid order (paid, shipped or completed)</source>
        <translation>…and placed a paid order (paid, shipped or completed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and invited someone who registered</source>
        <translation>…and invited someone who registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and placed a second paid order</source>
        <translation>…and placed a second paid order</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/LifecycleFunnelModel.h" line="+19"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <location filename="../models/outbox/LocalRecords.cpp" line="+115"/>
        <source>The site answered a record that cannot be stored: %1</source>
        <translation>The site answered a record that cannot be stored: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+47"/>
        <location line="+1"/>
        <source>Panes</source>
        <translation>Panes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2 switch panes</source>
        <translation>%1 to %2 switch panes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch what changed on the site (F5)</source>
        <translation>Fetch what changed on the site (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full resync</source>
        <translation>&amp;Full resync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every record on the site again</source>
        <translation>List every record on the site again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems…</source>
        <translation>&amp;Problems…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;witch shop…</source>
        <translation>S&amp;witch shop…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New-order &amp;notices…</source>
        <translation>New-order &amp;notices…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Yutang</source>
        <translation>&amp;About Yutang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — Yutang</source>
        <translation>%1 — Yutang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yutang</source>
        <translation>Yutang</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Offline: no site to sync from</source>
        <translation>Offline: no site to sync from</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Make a new key under WooCommerce → Settings → Advanced → REST API, then use Switch shop to connect again.</source>
        <translation>Make a new key under WooCommerce → Settings → Advanced → REST API, then use Switch shop to connect again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new token in your site&apos;s admin, then use Switch shop to connect again.</source>
        <translation>Make a new token in your site&apos;s admin, then use Switch shop to connect again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the address and your network; the data already synced is still shown.</source>
        <translation>Check the address and your network; the data already synced is still shown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>MemberCharts</name>
    <message>
        <location filename="../ui/panes/referrals/MemberCharts.cpp" line="+22"/>
        <source>The selected member</source>
        <translation>The selected member</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downline revenue per level (yuan)</source>
        <translation>Downline revenue per level (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by status</source>
        <translation>Commission by status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a member to see their downline and commissions.</source>
        <translation>Select a member to see their downline and commissions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No commission.</source>
        <translation>No commission.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/commands/MigrateCommand.cpp" line="+20"/>
        <source>Copy a local store into a team (PostgreSQL) database and verify the row counts.</source>
        <translation>Copy a local store into a team (PostgreSQL) database and verify the row counts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store to copy: sqlite:PATH (or a PATH).</source>
        <translation>The store to copy: sqlite:PATH (or a PATH).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team database: postgresql://user@host:port/dbname[?sslmode=...]; its password comes from the keychain (yutang-cli store-password set).</source>
        <translation>The team database: postgresql://user@host:port/dbname[?sslmode=...]; its password comes from the keychain (yutang-cli store-password set).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace what the team database already holds.</source>
        <translation>Replace what the team database already holds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows per transaction (default 5000).</source>
        <translation>Rows per transaction (default 5000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what to copy where: yutang-cli migrate --from sqlite:PATH --to postgresql://...</source>
        <translation>Say what to copy where: yutang-cli migrate --from sqlite:PATH --to postgresql://...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--batch needs a positive number of rows.</source>
        <translation>--batch needs a positive number of rows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to name the same store.</source>
        <translation>--from and --to name the same store.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISMATCH</source>
        <translation>MISMATCH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row counts differ between %1 and %2 (see MISMATCH above).</source>
        <translation>Row counts differ between %1 and %2 (see MISMATCH above).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; every table&apos;s row count matches.</source>
        <translation>Copied %1 rows in %2 tables to %3 in %4 s; every table&apos;s row count matches.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+91"/>
        <source>schema %1; this build knows up to %2</source>
        <translation>schema %1; this build knows up to %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Schema step %1 failed: %2 (%3)</source>
        <translation>Schema step %1 failed: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>NewOrderNotifier</name>
    <message>
        <location filename="../ui/mainwindow/NewOrderNotifier.cpp" line="+23"/>
        <source>Yutang</source>
        <translation>Yutang</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n new paid order(s)</source>
        <translation>
            <numerusform>%n new paid order</numerusform>
            <numerusform>%n new paid orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Together %1 — ready to ship.</source>
        <translation>Together %1 — ready to ship.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/NotificationSettingsDialog.cpp" line="+14"/>
        <source>Tell me when a sync brings new paid orders</source>
        <translation>Tell me when a sync brings new paid orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New-order notices</source>
        <translation>New-order notices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only orders from (¥)</source>
        <translation>Only orders from (¥)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an amount in yuan, such as 100.00.</source>
        <translation>Enter an amount in yuan, such as 100.00.</translation>
    </message>
</context>
<context>
    <name>OrderEditCommand</name>
    <message>
        <location filename="../app/cli/commands/OrderEditCommand.cpp" line="+25"/>
        <source>The order number.</source>
        <translation>The order number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: yutang-cli %1 ORDER_NUMBER</source>
        <translation>Usage: yutang-cli %1 ORDER_NUMBER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No order numbered %1 in the store (sync first?).</source>
        <translation>No order numbered %1 in the store (sync first?).</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <location filename="../models/itemmodels/OrderItemsModel.cpp" line="+20"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrderStatusCommand</name>
    <message>
        <location filename="../app/cli/commands/OrderEditCommand.cpp" line="+15"/>
        <source>Cancel a pending or paid order and push it.</source>
        <translation>Cancel a pending or paid order and push it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a shipped order completed and push it.</source>
        <translation>Mark a shipped order completed and push it.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModel.cpp" line="+16"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
</context>
<context>
    <name>OrdersExportSubject</name>
    <message>
        <location filename="../app/cli/commands/OrdersExportSubject.cpp" line="+18"/>
        <source>Only orders with this status.</source>
        <translation>Only orders with this status.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders whose visit came from this traffic channel.</source>
        <translation>Only orders whose visit came from this traffic channel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this customer&apos;s orders (customer id).</source>
        <translation>Only this customer&apos;s orders (customer id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders whose number, customer or tracking number contains this.</source>
        <translation>Only orders whose number, customer or tracking number contains this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (yyyy-MM-dd, shop time).</source>
        <translation>First day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (yyyy-MM-dd, shop time).</source>
        <translation>Last day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>orders with customer, status, totals and shipping</source>
        <translation>orders with customer, status, totals and shipping</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This store has no traffic channels yet (sync with a newer version first).</source>
        <translation>This store has no traffic channels yet (sync with a newer version first).</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.cpp" line="+52"/>
        <source>The orders of the date range; shipping and status changes wait in the outbox until the next sync</source>
        <translation>The orders of the date range; shipping and status changes wait in the outbox until the next sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an order to see its items and details</source>
        <translation>Select an order to see its items and details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the order</source>
        <translation>Items of the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, customer or tracking number…</source>
        <translation>Search orders by number, customer or tracking number…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in this date range — sync your shop or pick another range.</source>
        <translation>No orders in this date range — sync your shop or pick another range.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an order to see its items.</source>
        <translation>Select an order to see its items.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders of one status only</source>
        <translation>Show the orders of one status only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders from one channel only</source>
        <translation>Show the orders from one channel only</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one customer&apos;s orders; Enter applies</source>
        <translation>Show one customer&apos;s orders; Enter applies</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ship…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship from list…</source>
        <translation>Ship from list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Total: %1 for %n item(s)</source>
        <translation>
            <numerusform>Total: %1 for %n item</numerusform>
            <numerusform>Total: %1 for %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped with %1, tracking %2</source>
        <translation>Shipped with %1, tracking %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Commission booked: %1 (%n booking(s))</source>
        <translation>
            <numerusform>Commission booked: %1 (%n booking)</numerusform>
            <numerusform>Commission booked: %1 (%n bookings)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen in a sync</source>
        <translation>seen in a sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your edit</source>
        <translation>your edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit taken back</source>
        <translation>edit taken back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>Ship %n order</numerusform>
            <numerusform>Ship %n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such order</source>
        <translation>no such order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1 (%2): %3</source>
        <translation>line %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n order(s) marked shipped; sync to send.</source>
        <translation>
            <numerusform>%n order marked shipped; sync to send.</numerusform>
            <numerusform>%n orders marked shipped; sync to send.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="-248"/>
        <location filename="../ui/panes/orders/OrdersPane.h" line="+27"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../models/outbox/Outbox.cpp" line="+73"/>
        <source>Only products and orders can be edited.</source>
        <translation>Only products and orders can be edited.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 with id %2 in the store.</source>
        <translation>There is no %1 with id %2 in the store.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No such edit in the outbox.</source>
        <translation>No such edit in the outbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This edit is being sent; it can no longer be taken back.</source>
        <translation>This edit is being sent; it can no longer be taken back.</translation>
    </message>
</context>
<context>
    <name>OutboxBadge</name>
    <message>
        <location filename="../ui/sync/OutboxBadge.cpp" line="+27"/>
        <source>Outbox unreadable</source>
        <translation>Outbox unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits waiting to be sent could not be read: %1</source>
        <translation>The edits waiting to be sent could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n edit(s) need a decision</source>
        <translation>
            <numerusform>%n edit needs a decision</numerusform>
            <numerusform>%n edits need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%n edit waiting to be sent</numerusform>
            <numerusform>%n edits waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../app/cli/commands/OutboxCommand.cpp" line="+44"/>
        <source>List the edits not yet on the site: pending, failed, in conflict or rejected, with reasons.</source>
        <translation>List the edits not yet on the site: pending, failed, in conflict or rejected, with reasons.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The outbox is empty: every edit is on the site.</source>
        <translation>The outbox is empty: every edit is on the site.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../ui/dialogs/OutboxDialog.cpp" line="+19"/>
        <source>Edits waiting for the site</source>
        <translation>Edits waiting for the site</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolve conflict…</source>
        <translation>Resolve conflict…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard edit</source>
        <translation>Discard edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an edit in conflict.</source>
        <translation>Select an edit in conflict.</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <location filename="../models/outbox/OutboxEntry.cpp" line="+26"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../models/itemmodels/OutboxModel.cpp" line="+105"/>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
</context>
<context>
    <name>OutboxPushFlow</name>
    <message>
        <location filename="../app/cli/commands/OutboxPushFlow.cpp" line="+29"/>
        <source>Only queue the change; send it with a later push or sync.</source>
        <translation>Only queue the change; send it with a later push or sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries per request before the site counts as unreachable.</source>
        <translation>Tries per request before the site counts as unreachable.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+80"/>
        <source>Could not read the outbox: %1</source>
        <translation>Could not read the outbox: %1</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Queued; %1 edit(s) wait in the outbox.</source>
        <translation>Queued; %1 edit(s) wait in the outbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued, not sent: no site address (pass --site URL or use a profile with one).</source>
        <translation>Queued, not sent: no site address (pass --site URL or use a profile with one).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued, not sent: no token.</source>
        <translation>Queued, not sent: no token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--attempts must be a number of at least 1.</source>
        <translation>--attempts must be a number of at least 1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pushed %1 edit(s); %2 in conflict, %3 rejected; %4 waiting.</source>
        <translation>Pushed %1 edit(s); %2 in conflict, %3 rejected; %4 waiting.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edits stay queued and go out with the next push or sync.</source>
        <translation>The edits stay queued and go out with the next push or sync.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not applied on the site: %1</source>
        <translation>Not applied on the site: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits behind an earlier edit of the same record</source>
        <translation>waits behind an earlier edit of the same record</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some edits need a decision: see yutang-cli outbox.</source>
        <translation>Some edits need a decision: see yutang-cli outbox.</translation>
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <location filename="../models/outbox/OutboxPusher.cpp" line="+111"/>
        <source>pushed</source>
        <translation>pushed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site did not answer: %1</source>
        <translation>The site did not answer: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed on the site meanwhile (version %1).</source>
        <translation>Changed on the site meanwhile (version %1).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The token is read-only: the site refuses edits. Your edits are kept; use a token with write access.</source>
        <translation>The token is read-only: the site refuses edits. Your edits are kept; use a token with write access.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</source>
        <translation>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yutang cannot send edits to a site of kind %1.</source>
        <translation>Yutang cannot send edits to a site of kind %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The site refused the token.</source>
        <translation>The site refused the token.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write the store: %1</source>
        <translation>Cannot write the store: %1</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../ui/panes/overview/OverviewChart.cpp" line="+31"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>No revenue in these %n day(s).</source>
        <translation>
            <numerusform>No revenue on this day.</numerusform>
            <numerusform>No revenue in these %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Revenue per day over %n day(s): %1 in all, highest %2 on %3.</source>
        <translation>
            <numerusform>Revenue per day over %n day: %1 in all, highest %2 on %3.</numerusform>
            <numerusform>Revenue per day over %n days: %1 in all, highest %2 on %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions per day: highest %1 on %2.</source>
        <translation>Sessions per day: highest %1 on %2.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../models/itemmodels/OverviewModel.cpp" line="+129"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.cpp" line="+24"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shop&apos;s headline figures for the date range</source>
        <translation>The shop&apos;s headline figures for the date range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures per day</source>
        <translation>Figures per day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per day of the date range</source>
        <translation>One row per day of the date range</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No shop synced yet — sync your shop to see its figures.</source>
        <translation>No shop synced yet — sync your shop to see its figures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</source>
        <translation>%1 records the visit behind each order, not every visit: visits and conversion rates are not available for this shop.</translation>
    </message>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.h" line="+21"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PaneExport</name>
    <message>
        <location filename="../ui/panes/traffic/PaneExport.cpp" line="+53"/>
        <source>CSV for Excel (UTF-8) (*.csv)</source>
        <translation>CSV for Excel (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV GB18030 (*.csv)</source>
        <translation>CSV GB18030 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>PartialDay</name>
    <message>
        <location filename="../models/itemmodels/PartialDay.cpp" line="+18"/>
        <source>Today so far (until %1)</source>
        <translation>Today so far (until %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today so far: the day is not over yet (it is %1, shop time). A comparison takes the other day until the same time.</source>
        <translation>Today so far: the day is not over yet (it is %1, shop time). A comparison takes the other day until the same time.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <location filename="../models/store/PostgresCopy.cpp" line="+95"/>
        <source>The connection to the database is closed.</source>
        <translation>The connection to the database is closed.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/dialogs/ProblemsDialog.cpp" line="+23"/>
        <source>Problems in the synced data</source>
        <translation>Problems in the synced data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</source>
        <translation>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: every record the site sent could be stored.</source>
        <translation>No problems: every record the site sent could be stored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a record to see the raw JSON.</source>
        <translation>Select a record to see the raw JSON.</translation>
    </message>
</context>
<context>
    <name>ProblemsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ProblemsExportSubject.cpp" line="+9"/>
        <source>records the sync set aside as malformed</source>
        <translation>records the sync set aside as malformed</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../ui/dialogs/ProductEditDialog.cpp" line="+21"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a price in yuan of at least 0, such as 199.00.</source>
        <translation>Enter a price in yuan of at least 0, such as 199.00.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProductTableModel.cpp" line="+30"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Enter a price in yuan of at least 0, such as 199.00.</source>
        <translation>Enter a price in yuan of at least 0, such as 199.00.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the stock as a whole number of at least 0.</source>
        <translation>Enter the stock as a whole number of at least 0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This column cannot be edited.</source>
        <translation>This column cannot be edited.</translation>
    </message>
</context>
<context>
    <name>ProductsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ProductsExportSubject.cpp" line="+17"/>
        <source>Only products with this status.</source>
        <translation>Only products with this status.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only products in this category.</source>
        <translation>Only products in this category.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only products with at most this stock.</source>
        <translation>Only products with at most this stock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only products whose title, SKU or category contains this.</source>
        <translation>Only products whose title, SKU or category contains this.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the sales figures (yyyy-MM-dd).</source>
        <translation>First day of the sales figures (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day of the sales figures (yyyy-MM-dd).</source>
        <translation>Last day of the sales figures (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>products with stock, status and sales</source>
        <translation>products with stock, status and sales</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--from and --to take dates such as 2026-11-01, --from first.</source>
        <translation>--from and --to take dates such as 2026-11-01, --from first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--low-stock takes a whole number.</source>
        <translation>--low-stock takes a whole number.</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../ui/panes/products/ProductsPane.cpp" line="+35"/>
        <source>The shop&apos;s products, their stock and sales; edits wait in the outbox until the next sync</source>
        <translation>The shop&apos;s products, their stock and sales; edits wait in the outbox until the next sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F2 edits the current cell; the changes are sent with the next sync</source>
        <translation>F2 edits the current cell; the changes are sent with the next sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search products by name, SKU or category…</source>
        <translation>Search products by name, SKU or category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No products yet — sync your shop.</source>
        <translation>No products yet — sync your shop.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Product status</source>
        <translation>Product status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the products of one status only</source>
        <translation>Show the products of one status only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the products of one category only</source>
        <translation>Show the products of one category only</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Low stock, at most</source>
        <translation>Low stock, at most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only products with this many in stock or fewer</source>
        <translation>Show only products with this many in stock or fewer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-stock limit</source>
        <translation>Low-stock limit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk edit…</source>
        <translation>Bulk edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit product %1</source>
        <translation>Edit product %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Edit %n product(s)</source>
        <translation>
            <numerusform>Edit %n product</numerusform>
            <numerusform>Edit %n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select one product to edit.</source>
        <translation>Select one product to edit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the products to change.</source>
        <translation>Select the products to change.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n product(s) changed; sync to send.</source>
        <translation>
            <numerusform>%n product changed; sync to send.</numerusform>
            <numerusform>%n products changed; sync to send.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 changed: %3</source>
        <translation>%1 of %2 changed: %3</translation>
    </message>
    <message>
        <location line="-183"/>
        <location filename="../ui/panes/products/ProductsPane.h" line="+26"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <location filename="../app/cli/commands/PushCommand.cpp" line="+11"/>
        <source>Send the queued edits to the site.</source>
        <translation>Send the queued edits to the site.</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <location filename="../models/itemmodels/QuarantineTableModel.cpp" line="+10"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+192"/>
        <location line="+9"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an array</source>
        <translation>not an array</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>earlier than created_at</source>
        <translation>earlier than created_at</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>missing on a purchase event</source>
        <translation>missing on a purchase event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing on a register event</source>
        <translation>missing on a register event</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown collection</source>
        <translation>unknown collection</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The site sent a page that is not valid JSON (%1 at byte %2).</source>
        <translation>The site sent a page that is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site sent a page without a &quot;data&quot; array.</source>
        <translation>The site sent a page without a &quot;data&quot; array.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site&apos;s last page carries no sync_token.</source>
        <translation>The site&apos;s last page carries no sync_token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>record is not a JSON object</source>
        <translation>record is not a JSON object</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The site&apos;s /shop answer is not valid JSON (%1).</source>
        <translation>The site&apos;s /shop answer is not valid JSON (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a list of basis points</source>
        <translation>not a list of basis points</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site&apos;s /shop answer is unusable: %1</source>
        <translation>The site&apos;s /shop answer is unusable: %1</translation>
    </message>
</context>
<context>
    <name>ReferralAnomaly</name>
    <message>
        <location filename="../models/referrals/ReferralAnomaly.cpp" line="+24"/>
        <source>Self-referral</source>
        <translation>Self-referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral cycle</source>
        <translation>Referral cycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inviter does not exist</source>
        <translation>Inviter does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chains deeper than the paid levels</source>
        <translation>Chains deeper than the paid levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration burst</source>
        <translation>Registration burst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 names itself as its inviter.</source>
        <translation>%1 names itself as its inviter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 invite each other in a loop of %2.</source>
        <translation>%1 invite each other in a loop of %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 names %2 as inviter, who does not exist.</source>
        <translation>%1 names %2 as inviter, who does not exist.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) sit deeper than the paid levels; the deepest chain is %1.</source>
        <translation>
            <numerusform>%n member sits deeper than the paid levels; the deepest chain is %1.</numerusform>
            <numerusform>%n members sit deeper than the paid levels; the deepest chain is %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 invited %2 members on %3.</source>
        <translation>%1 invited %2 members on %3.</translation>
    </message>
</context>
<context>
    <name>ReferralAnomalyTableModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralAnomalyTableModel.cpp" line="+92"/>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inviter</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyChart</name>
    <message>
        <location filename="../ui/panes/customers/ReferralEconomyChart.cpp" line="+29"/>
        <source>Revenue per acquisition channel, after commissions</source>
        <translation>Revenue per acquisition channel, after commissions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customers registered in this date range — pick a longer range.</source>
        <translation>No customers registered in this date range — pick a longer range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Referral economy chart</source>
        <translation>Referral economy chart</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit not on record</source>
        <translation>First visit not on record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 net %2 after %3 commissions</source>
        <translation>%1 net %2 after %3 commissions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>; </source>
        <comment>between channels</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralEconomyModel.cpp" line="+220"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First visit not on record</source>
        <translation>First visit not on record</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited anyone</source>
        <translation>Invited anyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees per customer</source>
        <translation>Invitees per customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2 per customer</source>
        <translation>Level 2 per customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3 per customer</source>
        <translation>Level 3 per customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own revenue</source>
        <translation>Own revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitees&apos; revenue</source>
        <translation>Invitees&apos; revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net per customer</source>
        <translation>Net per customer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who registered in the date range, by the channel and source of their first visit</source>
        <translation>Customers who registered in the date range, by the channel and source of their first visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of these customers who invited at least one customer</source>
        <translation>Share of these customers who invited at least one customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers they invited directly, per customer: the viral factor</source>
        <translation>Customers they invited directly, per customer: the viral factor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers invited by their invitees, per customer</source>
        <translation>Customers invited by their invitees, per customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers three levels down, per customer</source>
        <translation>Customers three levels down, per customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their paid orders to date</source>
        <translation>Their paid orders to date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders to date of the customers they brought in, up to three levels down, who did not register in the range themselves; each is credited to their nearest inviter who did</source>
        <translation>Paid orders to date of the customers they brought in, up to three levels down, who did not register in the range themselves; each is credited to their nearest inviter who did</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissions booked on those orders (own and invitees&apos;), not reversed</source>
        <translation>Commissions booked on those orders (own and invitees&apos;), not reversed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own revenue plus invitees&apos; revenue minus commissions</source>
        <translation>Own revenue plus invitees&apos; revenue minus commissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue per customer acquired</source>
        <translation>Net revenue per customer acquired</translation>
    </message>
</context>
<context>
    <name>ReferralEconomyTab</name>
    <message>
        <location filename="../ui/panes/customers/ReferralEconomyTab.cpp" line="+24"/>
        <source>Referral economy</source>
        <translation>Referral economy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per acquisition channel and source, for the customers who registered in the date range</source>
        <translation>Per acquisition channel and source, for the customers who registered in the date range</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customers registered in this date range — pick a longer range.</source>
        <translation>No customers registered in this date range — pick a longer range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers who registered in the date range, by the channel and source of their first visit; figures to date. Invitees&apos; revenue: paid orders of the customers they brought in (up to three levels down) who registered outside the range, each credited to their nearest inviter in the range, so no order counts twice. Commissions: those booked on these orders and not reversed. Net: own plus invitees&apos; revenue minus commissions.</source>
        <translation>Customers who registered in the date range, by the channel and source of their first visit; figures to date. Invitees&apos; revenue: paid orders of the customers they brought in (up to three levels down) who registered outside the range, each credited to their nearest inviter in the range, so no order counts twice. Commissions: those booked on these orders and not reversed. Net: own plus invitees&apos; revenue minus commissions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
</context>
<context>
    <name>ReferralFilterOptions</name>
    <message>
        <location filename="../app/cli/commands/ReferralFilterOptions.cpp" line="+17"/>
        <source>Only bookings with this status (pending, confirmed, paid, reversed).</source>
        <translation>Only bookings with this status (pending, confirmed, paid, reversed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only bookings at this level (1 = the buyer&apos;s inviter).</source>
        <translation>Only bookings at this level (1 = the buyer&apos;s inviter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only bookings credited to this customer id.</source>
        <translation>Only bookings credited to this customer id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (yyyy-MM-dd, shop time).</source>
        <translation>First day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day (yyyy-MM-dd, shop time).</source>
        <translation>Last day (yyyy-MM-dd, shop time).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--status takes one of %1.</source>
        <translation>--status takes one of %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--level takes a whole number from 1.</source>
        <translation>--level takes a whole number from 1.</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralTreeModel.cpp" line="+359"/>
        <source>%1 — its referrer link forms a cycle and is ignored</source>
        <translation>%1 — its referrer link forms a cycle and is ignored</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team size</source>
        <translation>Team size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission earned</source>
        <translation>Commission earned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 1 revenue</source>
        <translation>Level 1 revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 2 revenue</source>
        <translation>Level 2 revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level 3 revenue</source>
        <translation>Level 3 revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
</context>
<context>
    <name>ReferralTreeTab</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralTreeTab.cpp" line="+29"/>
        <source>Find a member by id or nickname, then press Enter…</source>
        <translation>Find a member by id or nickname, then press Enter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a member</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members found</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the member in the tree</source>
        <translation>Enter shows the member in the tree</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upline of the selected member</source>
        <translation>Upline of the selected member</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Referral tree</source>
        <translation>Referral tree</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each member with the members they invited under them; Right and Left open and close a member</source>
        <translation>Each member with the members they invited under them; Right and Left open and close a member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected member&apos;s commissions in the ledger</source>
        <translation>Show the selected member&apos;s commissions in the ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tree…</source>
        <translation>Export tree…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No member matches “%1”.</source>
        <translation>No member matches “%1”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not in the referral tree.</source>
        <translation>%1 is not in the referral tree.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no inviter and invited nobody.</source>
        <translation>%1 has no inviter and invited nobody.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the referral tree</source>
        <translation>Export the referral tree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ReferralsExportSubject</name>
    <message>
        <location filename="../app/cli/commands/ReferralsExportSubject.cpp" line="+9"/>
        <source>the referral tree with per-member figures</source>
        <translation>the referral tree with per-member figures</translation>
    </message>
</context>
<context>
    <name>ReferralsPane</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.h" line="+27"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.cpp" line="+26"/>
        <source>Who invited whom, the commissions booked for it, and checks of both</source>
        <translation>Who invited whom, the commissions booked for it, and checks of both</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral views</source>
        <translation>Referral views</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tree (loading…)</source>
        <translation>Tree (loading…)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has no referral scheme: there is no referral tree or commissions for this shop.</source>
        <translation>%1 has no referral scheme: there is no referral tree or commissions for this shop.</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <location filename="../models/customers/RfmSegment.cpp" line="+42"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase yet</source>
        <translation>No purchase yet</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n or more paid orders</source>
        <translation>
            <numerusform>%n or more paid orders</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>fewer than %n paid orders</source>
        <translation>
            <numerusform>fewer than %n paid orders</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>last paid order within %n day(s)</source>
        <translation>
            <numerusform>last paid order within %n day(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last paid order more than %n day(s) ago</source>
        <translation>
            <numerusform>last paid order more than %n day(s) ago</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, spent at least %3</source>
        <translation>%1, %2, spent at least %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 (and not a champion)</source>
        <translation>%1, %2 (and not a champion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%1, %2 but not within %n day(s)</source>
        <translation>
            <numerusform>%1, %2 but not within %n day(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>registered, no paid order yet</source>
        <translation>registered, no paid order yet</translation>
    </message>
</context>
<context>
    <name>RfmThresholds</name>
    <message>
        <location filename="../models/customers/RfmThresholds.cpp" line="+15"/>
        <source>&quot;Recent&quot; must be at least one day.</source>
        <translation>&quot;Recent&quot; must be at least one day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Lapsed&quot; must be longer ago than &quot;recent&quot;.</source>
        <translation>&quot;Lapsed&quot; must be longer ago than &quot;recent&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repeat buyer has at least two paid orders.</source>
        <translation>A repeat buyer has at least two paid orders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A champion&apos;s spending cannot be negative.</source>
        <translation>A champion&apos;s spending cannot be negative.</translation>
    </message>
</context>
<context>
    <name>RfmThresholdsDialog</name>
    <message>
        <location filename="../ui/dialogs/RfmThresholdsDialog.cpp" line="+22"/>
        <source>Customer segments</source>
        <translation>Customer segments</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A recent order is at most</source>
        <translation>A recent order is at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer has lapsed after</source>
        <translation>A customer has lapsed after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repeat buyer has at least (paid orders)</source>
        <translation>A repeat buyer has at least (paid orders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A champion has spent at least</source>
        <translation>A champion has spent at least</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../ui/panes/customers/SegmentBar.cpp" line="+12"/>
        <source>Customer segments</source>
        <translation>Customer segments</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 customers</source>
        <translation>%1: %2 customers</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/itemmodels/SessionTableModel.cpp" line="+13"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <location filename="../app/cli/commands/ShipCommand.cpp" line="+16"/>
        <source>The carrier, such as SF.</source>
        <translation>The carrier, such as SF.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking number.</source>
        <translation>The tracking number.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ship a paid order with a carrier and tracking number, and push it.</source>
        <translation>Ship a paid order with a carrier and tracking number, and push it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ship needs --carrier and --tracking.</source>
        <translation>ship needs --carrier and --tracking.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../ui/dialogs/ShipDialog.cpp" line="+12"/>
        <source>Ship order %1</source>
        <translation>Ship order %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
</context>
<context>
    <name>SiteAccess</name>
    <message>
        <location filename="../app/cli/commands/SiteAccess.cpp" line="+19"/>
        <source>The site address (default: the profile&apos;s).</source>
        <translation>The site address (default: the profile&apos;s).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of site: yutang or woocommerce (default: the profile&apos;s).</source>
        <translation>The kind of site: yutang or woocommerce (default: the profile&apos;s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the token from this environment variable instead of the keychain.</source>
        <translation>Read the token from this environment variable instead of the keychain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>WooCommerce: read the consumer key from this environment variable instead of the keychain.</source>
        <translation>WooCommerce: read the consumer key from this environment variable instead of the keychain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WooCommerce: read the consumer secret from this environment variable instead of the keychain.</source>
        <translation>WooCommerce: read the consumer secret from this environment variable instead of the keychain.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown kind of site &quot;%1&quot; (known: %2).</source>
        <translation>Unknown kind of site &quot;%1&quot; (known: %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>The environment variable %1 is empty or not set.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--key-env and --secret-env go together, for a WooCommerce site.</source>
        <translation>--key-env and --secret-env go together, for a WooCommerce site.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No token for profile &quot;%1&quot;: %2</source>
        <translation>No token for profile &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <location filename="../models/sync/SiteAddress.cpp" line="+11"/>
        <source>No site address given.</source>
        <translation>No site address given.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid site address.</source>
        <translation>&quot;%1&quot; is not a valid site address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The site address must start with https:// (got %1://).</source>
        <translation>The site address must start with https:// (got %1://).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Plain http is only allowed to this computer (loopback); use https:// for %1.</translation>
    </message>
</context>
<context>
    <name>SiteClient</name>
    <message>
        <location filename="../models/sync/SiteClient.cpp" line="+205"/>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rate limited by the site (429)</source>
        <translation>rate limited by the site (429)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site error %1</source>
        <translation>site error %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>SiteKinds</name>
    <message>
        <location filename="../models/sites/woocommerce/WooConnector.cpp" line="+19"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../models/sites/yutang/YutangConnector.cpp" line="+16"/>
        <source>Yutang site API</source>
        <translation>Yutang site API</translation>
    </message>
</context>
<context>
    <name>SourceCommand</name>
    <message>
        <location filename="../app/cli/commands/SourceCommand.cpp" line="+23"/>
        <source>Show which traffic source a link would be counted under, and why.</source>
        <translation>Show which traffic source a link would be counted under, and why.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The landing page URL (with its query).</source>
        <translation>The landing page URL (with its query).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The referrer URL, if any.</source>
        <translation>The referrer URL, if any.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser&apos;s user agent, if known.</source>
        <translation>The browser&apos;s user agent, if known.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ua</source>
        <translation>ua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--landing URL is required.</source>
        <translation>--landing URL is required.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>channel: %1 (%2)</source>
        <translation>channel: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source:  %1 (%2)</source>
        <translation>source:  %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyword: %1</source>
        <translation>keyword: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule:    %1</source>
        <translation>rule:    %1</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/itemmodels/SqlTableModel.cpp" line="+175"/>
        <location line="+166"/>
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/commands/StatusCommand.cpp" line="+20"/>
        <source>Show record counts, records set aside as malformed, and the last sync time.</source>
        <translation>Show record counts, records set aside as malformed, and the last sync time.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop: %1 (%2, %3)</source>
        <translation>Shop: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No malformed records.</source>
        <translation>No malformed records.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n malformed record(s) set aside:</source>
        <translation>
            <numerusform>%n malformed record set aside:</numerusform>
            <numerusform>%n malformed records set aside:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <location filename="../models/itemmodels/StatusNames.cpp" line="+6"/>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
</context>
<context>
    <name>StepFunnelModel</name>
    <message>
        <location filename="../models/itemmodels/StepFunnelModel.cpp" line="+89"/>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This step&apos;s count ÷ the first step&apos;s</source>
        <translation>This step&apos;s count ÷ the first step&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step&apos;s count ÷ the previous step&apos;s</source>
        <translation>This step&apos;s count ÷ the previous step&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost since the previous step</source>
        <translation>Lost since the previous step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same figure for the compared period: %1</source>
        <translation>The same figure for the compared period: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall conversion now minus in the compared period, in percentage points</source>
        <translation>Overall conversion now minus in the compared period, in percentage points</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of first step</source>
        <translation>Of first step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of previous step</source>
        <translation>Of previous step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared: %1</source>
        <translation>Compared: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared: of first step</source>
        <translation>Compared: of first step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <location filename="../models/store/StoreCopier.cpp" line="+80"/>
        <source>The stores are at different schema versions (%1 and %2).</source>
        <translation>The stores are at different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The target store has no table %1.</source>
        <translation>The target store has no table %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The target store already holds data (%1 rows in %2). Migrate into an empty database, or replace what it holds with --replace.</source>
        <translation>The target store already holds data (%1 rows in %2). Migrate into an empty database, or replace what it holds with --replace.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot empty %1 in the target store: %2</source>
        <translation>Cannot empty %1 in the target store: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1 (rows %2–%3): %4</source>
        <translation>Cannot write %1 (rows %2–%3): %4</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot move the numbering of %1.%2 on: %3</source>
        <translation>Cannot move the numbering of %1.%2 on: %3</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message>
        <location filename="../models/store/StoreFault.cpp" line="+94"/>
        <source>The disk holding the store %1 is full (%2). Nothing stored before was lost: free some space and sync again; it goes on from where it stopped.</source>
        <translation>The disk holding the store %1 is full (%2). Nothing stored before was lost: free some space and sync again; it goes on from where it stopped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store file %1 is read-only (%2): Yutang can show what it holds but cannot sync or save edits into it. Make the file and its folder writable, or open another store.</source>
        <translation>The store file %1 is read-only (%2): Yutang can show what it holds but cannot sync or save edits into it. Make the file and its folder writable, or open another store.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store file %1 is damaged (%2). Yutang has not changed it. Open another store, or re-sync into a fresh store (the damaged file is kept aside).</source>
        <translation>The store file %1 is damaged (%2). Yutang has not changed it. Open another store, or re-sync into a fresh store (the damaged file is kept aside).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store %1 was written by a newer version of Yutang (%2). It has not been changed. Update Yutang, open another store, or re-sync into a fresh store.</source>
        <translation>The store %1 was written by a newer version of Yutang (%2). It has not been changed. Update Yutang, open another store, or re-sync into a fresh store.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team server %1 went away (%2). Everything stored before is kept: sync again when the server is back; it goes on from where it stopped.</source>
        <translation>The team server %1 went away (%2). Everything stored before is kept: sync again when the server is back; it goes on from where it stopped.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../models/store/StoreLocation.cpp" line="+16"/>
        <source>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No database path given.</source>
        <translation>No database path given.</translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <location filename="../app/cli/commands/StoreOptions.cpp" line="+20"/>
        <source>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile&apos;s).</source>
        <translation>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile&apos;s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection profile (shop) to use.</source>
        <translation>The connection profile (shop) to use.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No store at %1: nothing has been synced into it (yutang-cli sync makes it).</source>
        <translation>No store at %1: nothing has been synced into it (yutang-cli sync makes it).</translation>
    </message>
</context>
<context>
    <name>StorePasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/StorePasswordCommand.cpp" line="+19"/>
        <source>Store (set), test (check) or forget (clear) a team database&apos;s password in the system keychain.</source>
        <translation>Store (set), test (check) or forget (clear) a team database&apos;s password in the system keychain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team database: postgresql://user@host:port/dbname.</source>
        <translation>The team database: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, check or clear</source>
        <translation>set, check or clear</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the team database: --db postgresql://user@host:port/dbname</source>
        <translation>Name the team database: --db postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1 saved in the system keychain.</source>
        <translation>Password for %1 saved in the system keychain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a password in the system keychain.</source>
        <translation>%1 has a password in the system keychain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1 removed.</source>
        <translation>Password for %1 removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to do: yutang-cli store-password set|check|clear --db postgresql://...</source>
        <translation>Say what to do: yutang-cli store-password set|check|clear --db postgresql://...</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/dialogs/StoreProblemDialog.cpp" line="+14"/>
        <source>The store could not be opened</source>
        <translation>The store could not be opened</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re-syncing into a fresh store keeps this file, renamed next to it, and fills a new store from the shop&apos;s site.</source>
        <translation>Re-syncing into a fresh store keeps this file, renamed next to it, and fills a new store from the shop&apos;s site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another store file, or quit and try again later.</source>
        <translation>Open another store file, or quit and try again later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open another store…</source>
        <translation>Open another store…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-sync into a fresh store</source>
        <translation>Re-sync into a fresh store</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a store file of a shop with a known site can be set aside and synced again.</source>
        <translation>Only a store file of a shop with a known site can be set aside and synced again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open another store</source>
        <translation>Open another store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yutang stores (*.sqlite *.db);;All files (*)</source>
        <translation>Yutang stores (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StoreSetAside</name>
    <message>
        <location filename="../models/store/StoreSetAside.cpp" line="+17"/>
        <source>The store file %1 could not be renamed to %2: the folder may be read-only.</source>
        <translation>The store file %1 could not be renamed to %2: the folder may be read-only.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+53"/>
        <source>sync: %1 (%2/%3 collections done)</source>
        <translation>sync: %1 (%2/%3 collections done)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pull the shop&apos;s data from its site into the local store.</source>
        <translation>Pull the shop&apos;s data from its site into the local store.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List everything again instead of only changes.</source>
        <translation>List everything again instead of only changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records per page (1-1000; default: the most the kind of site allows, up to 1000).</source>
        <translation>Records per page (1-1000; default: the most the kind of site allows, up to 1000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Parts a full listing is split into, where the site offers it (1-16; default: 4 when the site is slow to answer, else 1).</source>
        <translation>Parts a full listing is split into, where the site offers it (1-16; default: 4 when the site is slow to answer, else 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print no progress.</source>
        <translation>Print no progress.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When another desktop is syncing this team store, wait up to this many seconds for it to end instead of failing at once (0: do not wait).</source>
        <translation>When another desktop is syncing this team store, wait up to this many seconds for it to end instead of failing at once (0: do not wait).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No site address: pass --site URL (profile &quot;%1&quot; has none).</source>
        <translation>No site address: pass --site URL (profile &quot;%1&quot; has none).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page-size must be a number from 1 to 1000.</source>
        <translation>--page-size must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--parallel must be a number from 1 to 16.</source>
        <translation>--parallel must be a number from 1 to 16.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--wait-lock must be a number of seconds from 0 to %1.</source>
        <translation>--wait-lock must be a number of seconds from 0 to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store the site&apos;s secret with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR (WooCommerce: --key-env VAR --secret-env VAR).</source>
        <translation>Store the site&apos;s secret with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR (WooCommerce: --key-env VAR --secret-env VAR).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</source>
        <translation>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See them with: yutang-cli status --db %1</source>
        <translation>See them with: yutang-cli status --db %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+45"/>
        <source>another desktop</source>
        <translation>another desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing on %1 since %2; this window shows the new data when it ends.</source>
        <translation>Syncing on %1 since %2; this window shows the new data when it ends.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updated by a sync on %1.</source>
        <translation>Updated by a sync on %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This store has no site to sync from. Use Switch shop to connect one.</source>
        <translation>This store has no site to sync from. Use Switch shop to connect one.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="+64"/>
        <source>The other sync ended; syncing now.</source>
        <translation>The other sync ended; syncing now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another desktop</source>
        <translation>another desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing on %1</source>
        <translation>Syncing on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing on %1 since %2</source>
        <translation>Syncing on %1 since %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; waiting up to %2 s for it to end…</source>
        <translation>%1; waiting up to %2 s for it to end…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(this team store syncs on one desktop at a time; its data appears here when that sync ends).</source>
        <translation>(this team store syncs on one desktop at a time; its data appears here when that sync ends).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gave up waiting after %1 s.</source>
        <translation>Gave up waiting after %1 s.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</source>
        <translation>This version of Yutang cannot connect to a site of kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1
The last pages received could not be stored either: %2</source>
        <translation>%1
The last pages received could not be stored either: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bringing the figures up to date…</source>
        <translation>Bringing the figures up to date…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The records were stored, but the indexes set aside while loading them could not be built again: %1</source>
        <translation>The records were stored, but the indexes set aside while loading them could not be built again: %1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <location filename="../models/store/SyncLock.cpp" line="+48"/>
        <source>Cannot take the sync lock: %1</source>
        <translation>Cannot take the sync lock: %1</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <location filename="../models/session/SyncSession.cpp" line="+51"/>
        <source>Could not read the edits waiting to be sent: %1</source>
        <translation>Could not read the edits waiting to be sent: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync; what arrived so far is kept</source>
        <translation>Stop the sync; what arrived so far is kept</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full resync…</source>
        <translation>Full resync…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 collections</source>
        <translation>%1 of %2 collections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing… %1 records</source>
        <translation>Syncing… %1 records</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Synced: %1 records updated</source>
        <translation>Synced: %1 records updated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync cancelled — what arrived so far is kept.</source>
        <translation>Sync cancelled — what arrived so far is kept.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the site sent that could not be stored. Click to see them.</source>
        <translation>Records the site sent that could not be stored. Click to see them.</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncWorker.cpp" line="+30"/>
        <source>Sent %n edit(s) to the site.</source>
        <translation>
            <numerusform>Sent %n edit to the site.</numerusform>
            <numerusform>Sent %n edits to the site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../ui/widgets/TablePanel.cpp" line="+61"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data yet — sync your shop.</source>
        <translation>No data yet — sync your shop.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
</context>
<context>
    <name>TableSnapshot</name>
    <message>
        <location filename="../models/export/TableSnapshot.cpp" line="+101"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCommand.cpp" line="+21"/>
        <source>Store (set), test (check) or forget (clear) a profile&apos;s site token in the system keychain.</source>
        <translation>Store (set), test (check) or forget (clear) a profile&apos;s site token in the system keychain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also save the profile&apos;s site address.</source>
        <translation>Also save the profile&apos;s site address.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, check or clear</source>
        <translation>set, check or clear</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Token for profile &quot;%1&quot; saved in the system keychain.</source>
        <translation>Token for profile &quot;%1&quot; saved in the system keychain.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Profile &quot;%1&quot; has a token in the system keychain (%n characters).</source>
        <translation>
            <numerusform>Profile &quot;%1&quot; has a token in the system keychain (%n character).</numerusform>
            <numerusform>Profile &quot;%1&quot; has a token in the system keychain (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Token for profile &quot;%1&quot; removed.</source>
        <translation>Token for profile &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what to do: yutang-cli token set|check|clear --profile NAME</source>
        <translation>Say what to do: yutang-cli token set|check|clear --profile NAME</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../models/sync/TokenStore.cpp" line="+14"/>
        <source>No token is stored for this shop yet.</source>
        <translation>No token is stored for this shop yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the keychain was denied.</source>
        <translation>Access to the keychain was denied.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system (%1). Yutang stores tokens only in the system keychain; start a secret service such as GNOME Keyring or KWallet.</source>
        <translation>No keychain is available on this system (%1). Yutang stores tokens only in the system keychain; start a secret service such as GNOME Keyring or KWallet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain failed: %1. Yutang stores tokens only in the system keychain; make sure a secret service (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) is running and unlocked.</source>
        <translation>The keychain failed: %1. Yutang stores tokens only in the system keychain; make sure a secret service (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) is running and unlocked.</translation>
    </message>
</context>
<context>
    <name>TrafficBreakdownModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficBreakdownModel.cpp" line="+115"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search engine</source>
        <translation>Search engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source id</source>
        <translation>Source id</translation>
    </message>
</context>
<context>
    <name>TrafficDailyModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficDailyModel.cpp" line="+155"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
</context>
<context>
    <name>TrafficExportSubject</name>
    <message>
        <location filename="../app/cli/commands/TrafficExportSubject.cpp" line="+47"/>
        <source>visits by channel, source and keyword (--from, --to, --channel, --by day)</source>
        <translation>visits by channel, source and keyword (--from, --to, --channel, --by day)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shop funnel per session (--from, --to, --channel, --by day, --compare)</source>
        <translation>the shop funnel per session (--from, --to, --channel, --by day, --compare)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loop per acquired visitor (--from, --to, --channel, --by day, --compare)</source>
        <translation>the loop per acquired visitor (--from, --to, --channel, --by day, --compare)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First shop day, YYYY-MM-DD.</source>
        <translation>First shop day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last shop day, YYYY-MM-DD.</source>
        <translation>Last shop day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this channel: %1.</source>
        <translation>Only this channel: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;day&quot;: one row per shop day.</source>
        <translation>&quot;day&quot;: one row per shop day.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add the figures of the previous period (&quot;previous&quot;) or of the same weekdays a week earlier (&quot;week&quot;).</source>
        <translation>Add the figures of the previous period (&quot;previous&quot;) or of the same weekdays a week earlier (&quot;week&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give --from and --to as YYYY-MM-DD, --from not after --to.</source>
        <translation>Give --from and --to as YYYY-MM-DD, --from not after --to.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown channel %1; one of: %2.</source>
        <translation>Unknown channel %1; one of: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--by takes &quot;day&quot;.</source>
        <translation>--by takes &quot;day&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--compare takes &quot;previous&quot; or &quot;week&quot;.</source>
        <translation>--compare takes &quot;previous&quot; or &quot;week&quot;.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall conversion</source>
        <translation>Overall conversion</translation>
    </message>
</context>
<context>
    <name>TrafficFilter</name>
    <message>
        <location filename="../models/itemmodels/TrafficFilter.cpp" line="+26"/>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same weekdays a week earlier</source>
        <translation>Same weekdays a week earlier</translation>
    </message>
</context>
<context>
    <name>TrafficMeasures</name>
    <message>
        <location filename="../models/itemmodels/TrafficMeasures.cpp" line="+87"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New visitors</source>
        <translation>New visitors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue / session</source>
        <translation>Revenue / session</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Visits that started on these days</source>
        <translation>Visits that started on these days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distinct visitors per day, added up over the days</source>
        <translation>Distinct visitors per day, added up over the days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits that were the visitor&apos;s first ever</source>
        <translation>Visits that were the visitor&apos;s first ever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits in which the visitor registered</source>
        <translation>Visits in which the visitor registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid orders (paid, shipped or completed) placed in these visits</source>
        <translation>Paid orders (paid, shipped or completed) placed in these visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total of those paid orders</source>
        <translation>Total of those paid orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders ÷ sessions</source>
        <translation>Orders ÷ sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue ÷ sessions</source>
        <translation>Revenue ÷ sessions</translation>
    </message>
</context>
<context>
    <name>TrafficPane</name>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.cpp" line="+68"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source rules…</source>
        <translation>Source rules…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own rules for where visits come from; saving reclassifies past visits</source>
        <translation>Your own rules for where visits come from; saving reclassifies past visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter keywords…</source>
        <translation>Filter keywords…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search visits by landing page, referrer or visitor…</source>
        <translation>Search visits by landing page, referrer or visitor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visits in this date range — sync your shop or pick another range.</source>
        <translation>No visits in this date range — sync your shop or pick another range.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat visits by how they arrived: group, Moments, chat, official-account articles, or the in-app browser with no other clue</source>
        <translation>WeChat visits by how they arrived: group, Moments, chat, official-account articles, or the in-app browser with no other clue</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>SEO keywords</source>
        <translation>SEO keywords</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search keywords the engines passed on, from organic and paid search</source>
        <translation>Search keywords the engines passed on, from organic and paid search</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Where the visits came from, per channel and source</source>
        <translation>Where the visits came from, per channel and source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the visits of one channel only</source>
        <translation>Show the visits of one channel only</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the table shown below as a file</source>
        <translation>Save the table shown below as a file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channels and, under each, their sources; Right and Left open and close a channel</source>
        <translation>Channels and, under each, their sources; Right and Left open and close a channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WeChat sources</source>
        <translation>WeChat sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every visit in the date range</source>
        <translation>Every visit in the date range</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traffic tables</source>
        <translation>Traffic tables</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Traffic charts</source>
        <translation>Traffic charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 records the source of each order, not of every visit: this shop shows orders and revenue by source; visits and conversion rates are not available.</source>
        <translation>%1 records the source of each order, not of every visit: this shop shows orders and revenue by source; visits and conversion rates are not available.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 not recorded (orders placed before WooCommerce 8.5, or the buyer&apos;s browser blocked tracking)</source>
        <translation>%1 not recorded (orders placed before WooCommerce 8.5, or the buyer&apos;s browser blocked tracking)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 entered by staff in the shop&apos;s admin</source>
        <translation>%1 entered by staff in the shop&apos;s admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entered in the WooCommerce app</source>
        <translation>%1 entered in the WooCommerce app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of a source type the site does not know</source>
        <translation>%1 of a source type the site does not know</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of revenue (%2, %n order(s)) has no known source: %3.</source>
        <translation>
            <numerusform>%1 of revenue (%2, %n order) has no known source: %3.</numerusform>
            <numerusform>%1 of revenue (%2, %n orders) has no known source: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.h" line="+31"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
</context>
<context>
    <name>TrafficSource</name>
    <message>
        <location filename="../models/analytics/TrafficSource.cpp" line="+16"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid search</source>
        <translation>Paid search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No known source</source>
        <translation>No known source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baidu</source>
        <translation>Baidu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sogou</source>
        <translation>Sogou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360 Search</source>
        <translation>360 Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shenma</source>
        <translation>Shenma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bing</source>
        <translation>Bing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yandex</source>
        <translation>Yandex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat groups</source>
        <translation>WeChat groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Moments</source>
        <translation>WeChat Moments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat chats</source>
        <translation>WeChat chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official account articles</source>
        <translation>Official account articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat browser</source>
        <translation>WeChat browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Channels</source>
        <translation>WeChat Channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat mini programs</source>
        <translation>WeChat mini programs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat search</source>
        <translation>WeChat search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zhihu</source>
        <translation>Zhihu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutiao</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilibili</source>
        <translation>Bilibili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douban</source>
        <translation>Douban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58.com</source>
        <translation>58.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganji</source>
        <translation>Ganji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered by staff</source>
        <translation>Entered by staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the WooCommerce app</source>
        <translation>Entered in the WooCommerce app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source not recorded</source>
        <translation>Source not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>TrafficSourceTreeModel</name>
    <message>
        <location filename="../models/itemmodels/TrafficSourceTreeModel.cpp" line="+261"/>
        <source>Channel / source / keyword</source>
        <translation>Channel / source / keyword</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the visits came from; open a channel for its sources and keywords</source>
        <translation>Where the visits came from; open a channel for its sources and keywords</translation>
    </message>
</context>
<context>
    <name>WooClient</name>
    <message>
        <location filename="../models/sites/woocommerce/WooClient.cpp" line="+12"/>
        <source>No WooCommerce consumer key and secret for this shop.</source>
        <translation>No WooCommerce consumer key and secret for this shop.</translation>
    </message>
</context>
<context>
    <name>WooDate</name>
    <message>
        <location filename="../models/sites/woocommerce/WooDate.cpp" line="+50"/>
        <source>date %1 is not a WooCommerce GMT date like 2024-03-01T08:05:09</source>
        <translation>date %1 is not a WooCommerce GMT date like 2024-03-01T08:05:09</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>date %1 does not exist in the calendar</source>
        <translation>date %1 does not exist in the calendar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>date %1 has a UTC offset; a WooCommerce GMT date has none, so this is probably not a *_gmt field</source>
        <translation>date %1 has a UTC offset; a WooCommerce GMT date has none, so this is probably not a *_gmt field</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date %1 has unexpected text after the time</source>
        <translation>date %1 has unexpected text after the time</translation>
    </message>
</context>
<context>
    <name>WooFailure</name>
    <message>
        <location filename="../models/sites/woocommerce/WooFailure.cpp" line="+12"/>
        <source>Cannot reach %1 while reading %2: %3</source>
        <translation>Cannot reach %1 while reading %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop did not accept the WooCommerce key (401: %1). Check the key under WooCommerce → Settings → Advanced → REST API.</source>
        <translation>The shop did not accept the WooCommerce key (401: %1). Check the key under WooCommerce → Settings → Advanced → REST API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WooCommerce key may not read %1 (403: %2).</source>
        <translation>The WooCommerce key may not read %1 (403: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no WooCommerce REST API (404 at /wp-json/wc/v3: %2). Is WooCommerce active, and are permalinks other than &quot;Plain&quot;?</source>
        <translation>%1 has no WooCommerce REST API (404 at /wp-json/wc/v3: %2). Is WooCommerce active, and are permalinks other than &quot;Plain&quot;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shop answered %1 while reading %2: %3</source>
        <translation>The shop answered %1 while reading %2: %3</translation>
    </message>
</context>
<context>
    <name>WooMoney</name>
    <message>
        <location filename="../models/sites/woocommerce/WooMoney.cpp" line="+78"/>
        <source>unsupported number of decimal places: %1</source>
        <translation>unsupported number of decimal places: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount is empty</source>
        <translation>amount is empty</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>amount %1 has more than %2 decimal places for this currency</source>
        <translation>amount %1 has more than %2 decimal places for this currency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>amount %1 is too large</source>
        <translation>amount %1 is too large</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount is not a finite number</source>
        <translation>amount is not a finite number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>amount is missing</source>
        <translation>amount is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount is neither a number nor a decimal string</source>
        <translation>amount is neither a number nor a decimal string</translation>
    </message>
</context>
<context>
    <name>WooPageLister</name>
    <message>
        <location filename="../models/sites/woocommerce/WooPageLister.cpp" line="+82"/>
        <source>the shop sent a page that is not a JSON list (%1 at byte %2)</source>
        <translation>the shop sent a page that is not a JSON list (%1 at byte %2)</translation>
    </message>
</context>
<context>
    <name>WooProbe</name>
    <message>
        <location filename="../models/sites/woocommerce/WooProbe.cpp" line="+39"/>
        <source>The server ignored the Authorization header (a proxy or the web server drops it), so the key is sent as consumer_key and consumer_secret query parameters over HTTPS.</source>
        <translation>The server ignored the Authorization header (a proxy or the web server drops it), so the key is sent as consumer_key and consumer_secret query parameters over HTTPS.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether the key may change records is not known (the shop answered %1: %2).</source>
        <translation>Whether the key may change records is not known (the shop answered %1: %2).</translation>
    </message>
</context>
<context>
    <name>WooPuller</name>
    <message>
        <location filename="../models/sites/woocommerce/WooPuller.cpp" line="+95"/>
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1: %2; retry %3 in %4 s</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not store the last pages: %1</source>
        <translation>Could not store the last pages: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not store sessions: %1</source>
        <translation>Could not store sessions: %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1: records changed while they were listed; checking which were missed</source>
        <translation>%1: records changed while they were listed; checking which were missed</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>customers: the list kept changing while it was read; deleted customers are looked for again next time</source>
        <translation>customers: the list kept changing while it was read; deleted customers are looked for again next time</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>orders: the shop has %1, this store %2; comparing ids</source>
        <translation>orders: the shop has %1, this store %2; comparing ids</translation>
    </message>
</context>
<context>
    <name>WooRecordMapper</name>
    <message>
        <location filename="../models/sites/woocommerce/WooRecordMapper.cpp" line="+181"/>
        <location line="+62"/>
        <location line="+27"/>
        <source>id: missing or not a whole number</source>
        <translation>id: missing or not a whole number</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>parent id: missing or not a whole number</source>
        <translation>parent id: missing or not a whole number</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>price: negative</source>
        <translation>price: negative</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+33"/>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>WooRequestAuth</name>
    <message>
        <location filename="../models/sites/woocommerce/WooRequestAuth.cpp" line="+303"/>
        <source>the consumer key or secret is empty</source>
        <translation>the consumer key or secret is empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the consumer secret may be sent as is only over https; use OAuth 1.0a over http</source>
        <translation>the consumer secret may be sent as is only over https; use OAuth 1.0a over http</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the URL already carries the authentication parameter &quot;%1&quot;</source>
        <translation>the URL already carries the authentication parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a consumer key with &apos;:&apos; cannot be sent with Basic authentication</source>
        <translation>a consumer key with &apos;:&apos; cannot be sent with Basic authentication</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid OAuth timestamp or nonce</source>
        <translation>invalid OAuth timestamp or nonce</translation>
    </message>
</context>
<context>
    <name>WooShopReader</name>
    <message>
        <location filename="../models/sites/woocommerce/WooShopReader.cpp" line="+28"/>
        <source>the WordPress index</source>
        <translation>the WordPress index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a WordPress site: it has no WordPress REST API at /wp-json/ (HTTP %2).</source>
        <translation>%1 is not a WordPress site: it has no WordPress REST API at /wp-json/ (HTTP %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a WordPress site without WooCommerce&apos;s REST API (no wc/v3): is WooCommerce installed and active?</source>
        <translation>%1 is a WordPress site without WooCommerce&apos;s REST API (no wc/v3): is WooCommerce installed and active?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the shop&apos;s settings</source>
        <translation>the shop&apos;s settings</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The shop&apos;s settings name no currency (system_status.settings).</source>
        <translation>The shop&apos;s settings name no currency (system_status.settings).</translation>
    </message>
</context>
<context>
    <name>WooWriter</name>
    <message>
        <location filename="../models/sites/woocommerce/WooWriter.cpp" line="+188"/>
        <source>Only products and orders can be edited.</source>
        <translation>Only products and orders can be edited.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The shop does not say how many decimals its currency has.</source>
        <translation>The shop does not say how many decimals its currency has.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The shop answered a product Yutang cannot read: %1</source>
        <translation>The shop answered a product Yutang cannot read: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a WooCommerce product.</source>
        <translation>&quot;%1&quot; is not a WooCommerce product.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WooCommerce product categories are changed in WooCommerce.</source>
        <translation>WooCommerce product categories are changed in WooCommerce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variation is named after its product and its options.</source>
        <translation>A variation is named after its product and its options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WooCommerce cannot take this edit.</source>
        <translation>WooCommerce cannot take this edit.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The product is in the shop&apos;s trash.</source>
        <translation>The product is in the shop&apos;s trash.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The product changed in the shop since it was edited here.</source>
        <translation>The product changed in the shop since it was edited here.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The shop answered an order Yutang cannot read: %1</source>
        <translation>The shop answered an order Yutang cannot read: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a WooCommerce order.</source>
        <translation>&quot;%1&quot; is not a WooCommerce order.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The order is in the shop&apos;s trash.</source>
        <translation>The order is in the shop&apos;s trash.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The order changed in the shop since it was edited here.</source>
        <translation>The order changed in the shop since it was edited here.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Shipped with %1, tracking number %2</source>
        <translation>Shipped with %1, tracking number %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The order is completed in the shop but the note with the tracking number was not sent (%1); it is sent on the next push.</source>
        <translation>The order is completed in the shop but the note with the tracking number was not sent (%1); it is sent on the next push.</translation>
    </message>
</context>
<context>
    <name>YutangProbe</name>
    <message>
        <location filename="../models/sites/yutang/YutangProbe.cpp" line="+36"/>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site did not accept the access token (%1).</source>
        <translation>The site did not accept the access token (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Yutang API (404).</source>
        <translation>%1 has no Yutang API (404).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site answered %1: %2</source>
        <translation>The site answered %1: %2</translation>
    </message>
</context>
<context>
    <name>YutangPuller</name>
    <message>
        <location filename="../models/sites/yutang/YutangPuller.cpp" line="+41"/>
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1: %2; retry %3 in %4 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The site answered %1: %2</source>
        <translation>The site answered %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site did not accept the access token (401). Check the token in the site&apos;s admin.</source>
        <translation>The site did not accept the access token (401). Check the token in the site&apos;s admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token may not read this shop (403).</source>
        <translation>The token may not read this shop (403).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Yutang API (404 at %2).</source>
        <translation>%1 has no Yutang API (404 at %2).</translation>
    </message>
</context>
<context>
    <name>YutangWriter</name>
    <message>
        <location filename="../models/sites/yutang/YutangWriter.cpp" line="+64"/>
        <source>The record no longer exists on the site.</source>
        <translation>The record no longer exists on the site.</translation>
    </message>
</context>
</TS>
