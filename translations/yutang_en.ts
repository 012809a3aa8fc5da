<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+40" />
        <location line="+44" />
        <location line="+18" />
        <location line="+13" />
        <location line="+33" />
        <location line="+11" />
        <source>Yutang</source>
        <translation>Yutang</translation>
    </message>
    <message>
        <location line="-119" />
        <location line="+62" />
        <source>There is no shop profile named “%1”.</source>
        <translation>There is no shop profile named “%1”.</translation>
    </message>
    <message>
        <location line="-9" />
        <source>The demo site could not be started: %1</source>
        <translation>The demo site could not be started: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The access token could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</source>
        <translation>The access token could not be read from the system keychain: %1
The data synced before is shown; syncing needs the keychain.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The local store could not be opened: %1</source>
        <translation>The local store could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>CollectionSync</name>
    <message>
        <location filename="../models/sync/CollectionSync.cpp" line="+99" />
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The site could not be reached while listing %1: %2</source>
        <translation>The site could not be reached while listing %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: sync token expired, listing everything again</source>
        <translation>%1: sync token expired, listing everything again</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the site no longer accepts the saved cursor, listing again</source>
        <translation>%1: the site no longer accepts the saved cursor, listing again</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site rejected the request for %1: %2</source>
        <translation>The site rejected the request for %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site did not accept the access token (401). Check the token in the site's admin.</source>
        <translation>The site did not accept the access token (401). Check the token in the site's admin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The token may not read %1 (403).</source>
        <translation>The token may not read %1 (403).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site has no Yutang API at %1 (404).</source>
        <translation>The site has no Yutang API at %1 (404).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site answered %1 while listing %2: %3</source>
        <translation>The site answered %1 while listing %2: %3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commands/Command.cpp" line="+11" />
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Try: yutang-cli %1 --help</source>
        <translation>Try: yutang-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../app/cli/commands/CommandRegistry.cpp" line="+27" />
        <source>Usage: yutang-cli &lt;command&gt; [options]</source>
        <translation>Usage: yutang-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run yutang-cli &lt;command&gt; --help for its options.</source>
        <translation>Run yutang-cli &lt;command&gt; --help for its options.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>CommissionTableModel</name>
    <message>
        <location filename="../models/itemmodels/CommissionTableModel.cpp" line="+21" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+56" />
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>The Qt Sql driver %1 is not installed.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot set up the store: %1</source>
        <translation>Cannot set up the store: %1</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../models/itemmodels/DateRange.cpp" line="+54" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
</context>
<context>
    <name>DateRangeSelector</name>
    <message>
        <location filename="../ui/widgets/DateRangeSelector.cpp" line="+24" />
        <source>Date range:</source>
        <translation>Date range:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DemoSiteLauncher</name>
    <message>
        <location filename="../models/demo/DemoSiteLauncher.cpp" line="+19" />
        <source>Cannot start the demo site %1: %2</source>
        <translation>Cannot start the demo site %1: %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The demo site %1 is missing. Build the yutang-site target.</source>
        <translation>The demo site %1 is missing. Build the yutang-site target.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The demo site stopped: %1</source>
        <translation>The demo site stopped: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The demo site did not start within %1 s.</source>
        <translation>The demo site did not start within %1 s.</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+43" />
        <location line="+17" />
        <location line="+24" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+47" />
        <source>not a string</source>
        <translation>not a string</translation>
    </message>
    <message>
        <location line="-42" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>out of range (%1)</source>
        <translation>out of range (%1)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>not an RFC 3339 timestamp with offset: %1</source>
        <translation>not an RFC 3339 timestamp with offset: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown value "%1"</source>
        <translation>unknown value "%1"</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not true/false</source>
        <translation>not true/false</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="+18" />
        <source>Open the demo shop (a tea shop with generated data)</source>
        <translation>Open the demo shop (a tea shop with generated data)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect my shop's site</source>
        <translation>Connect my shop's site</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a shop connected before</source>
        <translation>Open a shop connected before</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Welcome to Yutang</source>
        <translation>Welcome to Yutang</translation>
    </message>
    <message>
        <location line="+17" />
        <source>e.g. 山野茶舍</source>
        <translation>e.g. 山野茶舍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://shop.example.cn</source>
        <translation>https://shop.example.cn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Made in your site's admin under Yutang API</source>
        <translation>Made in your site's admin under Yutang API</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop name:</source>
        <translation>Shop name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Site address:</source>
        <translation>Site address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The token is kept in the system keychain only.</source>
        <translation>The token is kept in the system keychain only.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yutang shows your web shop's traffic, orders and referrals. Where shall we start?</source>
        <translation>Yutang shows your web shop's traffic, orders and referrals. Where shall we start?</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Give the shop a name.</source>
        <translation>Give the shop a name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“demo” is reserved for the demo shop; choose another name.</source>
        <translation>“demo” is reserved for the demo shop; choose another name.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paste the access token from your site's admin.</source>
        <translation>Paste the access token from your site's admin.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving the token in the system keychain…</source>
        <translation>Saving the token in the system keychain…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The token could not be saved in the system keychain: %1
Yutang keeps tokens nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>The token could not be saved in the system keychain: %1
Yutang keeps tokens nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and try again.</translation>
    </message>
</context>
<context>
    <name>FunnelModel</name>
    <message>
        <location filename="../models/itemmodels/FunnelModel.cpp" line="+48" />
        <location line="+103" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Viewed a product</source>
        <translation>Viewed a product</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added to cart</source>
        <translation>Added to cart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Began checkout</source>
        <translation>Began checkout</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Of all sessions</source>
        <translation>Of all sessions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Of previous step</source>
        <translation>Of previous step</translation>
    </message>
</context>
<context>
    <name>FunnelsPane</name>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.cpp" line="+19" />
        <source>Sessions started in the date range that reached each step (viewed a product, added to cart, began checkout, purchased).</source>
        <translation>Sessions started in the date range that reached each step (viewed a product, added to cart, began checkout, purchased).</translation>
    </message>
    <message>
        <location filename="../ui/panes/funnels/FunnelsPane.h" line="+16" />
        <source>Funnels</source>
        <translation>Funnels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+75" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fetch what changed on the site (F5)</source>
        <translation>Fetch what changed on the site (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Full resync</source>
        <translation>&amp;Full resync</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List every record on the site again</source>
        <translation>List every record on the site again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Problems…</source>
        <translation>&amp;Problems…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;witch shop…</source>
        <translation>S&amp;witch shop…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 — Yutang</source>
        <translation>%1 — Yutang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yutang</source>
        <translation>Yutang</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Offline: no site to sync from</source>
        <translation>Offline: no site to sync from</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Make a new token in your site's admin, then use Switch shop to connect again.</source>
        <translation>Make a new token in your site's admin, then use Switch shop to connect again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the address and your network; the data already synced is still shown.</source>
        <translation>Check the address and your network; the data already synced is still shown.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+126" />
        <source>The store was written by a newer Yutang (schema %1, this build knows up to %2). Update Yutang to open it.</source>
        <translation>The store was written by a newer Yutang (schema %1, this build knows up to %2). Update Yutang to open it.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Schema step %1 failed: %2 (%3)</source>
        <translation>Schema step %1 failed: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <location filename="../models/itemmodels/OrderItemsModel.cpp" line="+20" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../models/itemmodels/OrderTableModel.cpp" line="+11" />
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.cpp" line="+19" />
        <source>Search orders by number, customer or tracking number…</source>
        <translation>Search orders by number, customer or tracking number…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No orders in this date range — sync your shop or pick another range.</source>
        <translation>No orders in this date range — sync your shop or pick another range.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select an order to see its items.</source>
        <translation>Select an order to see its items.</translation>
    </message>
    <message>
        <location filename="../ui/panes/orders/OrdersPane.h" line="+17" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../ui/panes/overview/OverviewChart.cpp" line="+24" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <source>Revenue (¥)</source>
        <translation>Revenue (¥)</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+33" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../models/itemmodels/OverviewModel.cpp" line="+113" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.cpp" line="+17" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No shop synced yet — sync your shop to see its figures.</source>
        <translation>No shop synced yet — sync your shop to see its figures.</translation>
    </message>
    <message>
        <location filename="../ui/panes/overview/OverviewPane.h" line="+20" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../ui/dialogs/ProblemsDialog.cpp" line="+22" />
        <source>Problems in the synced data</source>
        <translation>Problems in the synced data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</source>
        <translation>The site sent these records in a form Yutang cannot store (wrong types, missing fields, impossible values). They are kept out of the figures; the rest of the sync went on. Show them to whoever maintains your site.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No problems: every record the site sent could be stored.</source>
        <translation>No problems: every record the site sent could be stored.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a record to see the raw JSON.</source>
        <translation>Select a record to see the raw JSON.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProductTableModel.cpp" line="+21" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../ui/panes/products/ProductsPane.cpp" line="+14" />
        <source>Search products by name, SKU or category…</source>
        <translation>Search products by name, SKU or category…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No products yet — sync your shop.</source>
        <translation>No products yet — sync your shop.</translation>
    </message>
    <message>
        <location filename="../ui/panes/products/ProductsPane.h" line="+16" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>QuarantineTableModel</name>
    <message>
        <location filename="../models/itemmodels/QuarantineTableModel.cpp" line="+10" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
</context>
<context>
    <name>RecordParser</name>
    <message>
        <location filename="../models/sync/RecordParser.cpp" line="+192" />
        <location line="+9" />
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location line="-5" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not an array</source>
        <translation>not an array</translation>
    </message>
    <message>
        <location line="+21" />
        <source>earlier than created_at</source>
        <translation>earlier than created_at</translation>
    </message>
    <message>
        <location line="+32" />
        <source>missing on a purchase event</source>
        <translation>missing on a purchase event</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing on a register event</source>
        <translation>missing on a register event</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown collection</source>
        <translation>unknown collection</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The site sent a page that is not valid JSON (%1 at byte %2).</source>
        <translation>The site sent a page that is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site sent a page without a "data" array.</source>
        <translation>The site sent a page without a "data" array.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The site's last page carries no sync_token.</source>
        <translation>The site's last page carries no sync_token.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>record is not a JSON object</source>
        <translation>record is not a JSON object</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The site's /shop answer is not valid JSON (%1).</source>
        <translation>The site's /shop answer is not valid JSON (%1).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a list of basis points</source>
        <translation>not a list of basis points</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The site's /shop answer is unusable: %1</source>
        <translation>The site's /shop answer is unusable: %1</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <location filename="../models/itemmodels/ReferralTreeModel.cpp" line="+310" />
        <source>%1 — its referrer link forms a cycle and is ignored</source>
        <translation>%1 — its referrer link forms a cycle and is ignored</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team size</source>
        <translation>Team size</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commission earned</source>
        <translation>Commission earned</translation>
    </message>
</context>
<context>
    <name>ReferralsPane</name>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.cpp" line="+30" />
        <source>Search loaded customers by nickname…</source>
        <translation>Search loaded customers by nickname…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No referrals yet — sync your shop.</source>
        <translation>No referrals yet — sync your shop.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No commissions in this date range.</source>
        <translation>No commissions in this date range.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search commissions by beneficiary or order…</source>
        <translation>Search commissions by beneficiary or order…</translation>
    </message>
    <message>
        <location filename="../ui/panes/referrals/ReferralsPane.h" line="+23" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/itemmodels/SessionTableModel.cpp" line="+11" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <location filename="../models/sync/SiteAddress.cpp" line="+11" />
        <source>No site address given.</source>
        <translation>No site address given.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a valid site address.</source>
        <translation>"%1" is not a valid site address.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site address must start with https:// (got %1://).</source>
        <translation>The site address must start with https:// (got %1://).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plain http is only allowed to this computer (loopback); use https:// for %1.</source>
        <translation>Plain http is only allowed to this computer (loopback); use https:// for %1.</translation>
    </message>
</context>
<context>
    <name>SiteClient</name>
    <message>
        <location filename="../models/sync/SiteClient.cpp" line="+131" />
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <location line="+23" />
        <source>rate limited by the site (429)</source>
        <translation>rate limited by the site (429)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>site error %1</source>
        <translation>site error %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/itemmodels/SqlTableModel.cpp" line="+127" />
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/commands/StatusCommand.cpp" line="+20" />
        <source>Show record counts, records set aside as malformed, and the last sync time.</source>
        <translation>Show record counts, records set aside as malformed, and the last sync time.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop: %1 (%2, %3)</source>
        <translation>Shop: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No malformed records.</source>
        <translation>No malformed records.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n malformed record(s) set aside:</source>
        <translation><numerusform>%n malformed record set aside:</numerusform><numerusform>%n malformed records set aside:</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <location filename="../models/itemmodels/StatusNames.cpp" line="+6" />
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+7" />
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../models/store/StoreLocation.cpp" line="+16" />
        <source>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</source>
        <translation>Not a valid PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No database path given.</source>
        <translation>No database path given.</translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <location filename="../app/cli/commands/StoreOptions.cpp" line="+18" />
        <source>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile's).</source>
        <translation>The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile's).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The connection profile (shop) to use.</source>
        <translation>The connection profile (shop) to use.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+57" />
        <source>Pull the shop's data from its site into the local store.</source>
        <translation>Pull the shop's data from its site into the local store.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site address (default: the profile's).</source>
        <translation>The site address (default: the profile's).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List everything again instead of only changes.</source>
        <translation>List everything again instead of only changes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the token from this environment variable instead of the keychain.</source>
        <translation>Read the token from this environment variable instead of the keychain.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records per page (1-1000).</source>
        <translation>Records per page (1-1000).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print no progress.</source>
        <translation>Print no progress.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No site address: pass --site URL (profile "%1" has none).</source>
        <translation>No site address: pass --site URL (profile "%1" has none).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--page-size must be a number from 1 to 1000.</source>
        <translation>--page-size must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The environment variable %1 is empty or not set.</source>
        <translation>The environment variable %1 is empty or not set.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No token for profile "%1": %2</source>
        <translation>No token for profile "%1": %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR.</source>
        <translation>Store one with: yutang-cli token set --profile %1 (reads it from standard input), or pass --token-env VAR.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</source>
        <translation>Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>See them with: yutang-cli status --db %1</source>
        <translation>See them with: yutang-cli status --db %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+51" />
        <source>This store has no site to sync from. Use Switch shop to connect one.</source>
        <translation>This store has no site to sync from. Use Switch shop to connect one.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="+53" />
        <source>%1: %2; retry %3 in %4 s</source>
        <translation>%1: %2; retry %3 in %4 s</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The site answered %1: %2</source>
        <translation>The site answered %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The site did not accept the access token (401). Check the token in the site's admin.</source>
        <translation>The site did not accept the access token (401). Check the token in the site's admin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The token may not read this shop (403).</source>
        <translation>The token may not read this shop (403).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has no Yutang API (404 at %2).</source>
        <translation>%1 has no Yutang API (404 at %2).</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+12" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Full resync…</source>
        <translation>Full resync…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 of %2 collections</source>
        <translation>%1 of %2 collections</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing… %1 records</source>
        <translation>Syncing… %1 records</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Synced: %1 records updated</source>
        <translation>Synced: %1 records updated</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync cancelled — what arrived so far is kept.</source>
        <translation>Sync cancelled — what arrived so far is kept.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problem</numerusform><numerusform>⚠ %n problems</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records the site sent that could not be stored. Click to see them.</source>
        <translation>Records the site sent that could not be stored. Click to see them.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../ui/widgets/TablePanel.cpp" line="+52" />
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No data yet — sync your shop.</source>
        <translation>No data yet — sync your shop.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCommand.cpp" line="+20" />
        <source>Store (set), test (check) or forget (clear) a profile's site token in the system keychain.</source>
        <translation>Store (set), test (check) or forget (clear) a profile's site token in the system keychain.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Also save the profile's site address.</source>
        <translation>Also save the profile's site address.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set, check or clear</source>
        <translation>set, check or clear</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No token on standard input.</source>
        <translation>No token on standard input.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Token for profile "%1" saved in the system keychain.</source>
        <translation>Token for profile "%1" saved in the system keychain.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Profile "%1" has a token in the system keychain (%n characters).</source>
        <translation><numerusform>Profile "%1" has a token in the system keychain (%n character).</numerusform><numerusform>Profile "%1" has a token in the system keychain (%n characters).</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Token for profile "%1" removed.</source>
        <translation>Token for profile "%1" removed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say what to do: yutang-cli token set|check|clear --profile NAME</source>
        <translation>Say what to do: yutang-cli token set|check|clear --profile NAME</translation>
    </message>
</context>
<context>
    <name>TrafficPane</name>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.cpp" line="+16" />
        <source>Search visits by landing page, referrer or visitor…</source>
        <translation>Search visits by landing page, referrer or visitor…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No visits in this date range — sync your shop or pick another range.</source>
        <translation>No visits in this date range — sync your shop or pick another range.</translation>
    </message>
    <message>
        <location filename="../ui/panes/traffic/TrafficPane.h" line="+16" />
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
</context>
<context>
    <name>TrafficSource</name>
    <message>
        <location filename="../models/analytics/TrafficSource.cpp" line="+16" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paid search</source>
        <translation>Paid search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Baidu</source>
        <translation>Baidu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sogou</source>
        <translation>Sogou</translation>
    </message>
    <message>
        <location line="+1" />
        <source>360 Search</source>
        <translation>360 Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shenma</source>
        <translation>Shenma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bing</source>
        <translation>Bing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yandex</source>
        <translation>Yandex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat groups</source>
        <translation>WeChat groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat Moments</source>
        <translation>WeChat Moments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat chats</source>
        <translation>WeChat chats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official account articles</source>
        <translation>Official account articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat browser</source>
        <translation>WeChat browser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat Channels</source>
        <translation>WeChat Channels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WeChat mini programs</source>
        <translation>WeChat mini programs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zhihu</source>
        <translation>Zhihu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toutiao</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bilibili</source>
        <translation>Bilibili</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Douban</source>
        <translation>Douban</translation>
    </message>
    <message>
        <location line="+1" />
        <source>58.com</source>
        <translation>58.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ganji</source>
        <translation>Ganji</translation>
    </message>
</context>
</TS>