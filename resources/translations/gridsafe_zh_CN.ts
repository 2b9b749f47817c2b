<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Database</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup target %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridSafeServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer GridSafe server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionKind</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Cannot open the local data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer GridSafe. Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <source>This belongs to another town; you may only change your own town&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region &quot;%1&quot; is not a town or street.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server as host or host:port, e.g. 192.168.1.10:%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe</name>
    <message>
        <source>The %1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters, %3 given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, reviewer, operator or inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A town operator or inspector needs a town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators and reviewers are not bound to a town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridSafe server %1, SQLite %2, database schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2 (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be admin, reviewer, operator or inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--town must name an existing town or street, e.g. 遥观镇.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created user %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset; the user&apos;s sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid must cover at least one village, community or park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village, community or park of this town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This town already has a grid named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; has been retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; was changed by someone else (revision %2, you edited revision %3). Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new region must be a village, a community or a park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village or community code has 12 digits (e.g. 320412104200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may rename a town or the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::CliApp</name>
    <message>
        <source>GridSafe command-line client.

Commands:
  login                 log in and remember the session
  logout                end the session
  status                server, user, link, last sync, outbox
  towns                 list the towns you can see
  grids [--town T]      list grids (of town T: name or id)
  grid-create --town T --name N --area A [--area A ...]
  sync                  pull changes and send pending commands

The password comes from --password-file, the environment variable named by --password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server as host:port (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected SHA-256 fingerprint of the server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the server&apos;s certificate on first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the session, pins and local replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid name (grid-create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village, community or park covered (grid-create; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: run gridsafe-cli login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session is damaged: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:    %1
User:      %2 (%3)
Last sync: %4 (sequence %5)
Outbox:    %6 pending, %7 rejected
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No town &quot;%1&quot; among those you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid-create needs --town, --name and at least one --area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village, community or park &quot;%1&quot; in this town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the outbox; run gridsafe-cli sync when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created grid %1 (id %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised to sequence %1; %2 pending, %3 rejected.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::ClientSession</name>
    <message>
        <source>Log in before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::CommandExecutor</name>
    <message>
        <source>This command id was already used for another command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3
Someone may be intercepting the connection. Do not continue unless your administrator confirms the server was given a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection to %1. Its certificate fingerprint is
%2
Compare it with the one the server administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an oversized frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::DesktopApp</name>
    <message>
        <source>No screenshot: the login or the first sync did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin wants a SHA-256 fingerprint as 32 hex pairs, e.g. AB:CD:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin needs the server it belongs to (--server HOST:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshot: the main window is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::GridEditDialog</name>
    <message>
        <source>New grid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yuzhuang Village grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers (tick at least one village, community or park):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <extracomment>An area in the list, followed by the grids that already cover it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one village, community or park that the grid covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::GridTableModel</name>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the areas a grid covers; Chinese uses &quot;、&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::GridsPage</name>
    <message>
        <source>New grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a town or street on the left to see its grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active, %2 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) cannot change grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a grid in the selected town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected grid or change its areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the selected grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &quot;%1&quot; will no longer be used. Why is it retired? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid-based safety supervision of industrial enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1. Trust this fingerprint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate:
%1

Trust it only if it is the same as the fingerprint your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so no connection was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed — possible attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridSafe will not connect to %1. Ask your administrator whether the server was given a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeModel</name>
    <message>
        <source>%1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::ServerConnection</name>
    <message>
        <source>No login within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame of %1 bytes exceeds the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message version %1 is not supported; this server speaks version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs an &apos;id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server speaks protocol version %1, the client version %2. Install the matching GridSafe version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;since&apos; must be ≥ 0 and &apos;limit&apos; between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::ServerConsole</name>
    <message>
        <source>GridSafe server.

Commands: serve (default), create-user, reset-password, backup FILE, verify-audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the database and TLS files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed demo data into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End sessions idle this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (create-user, reset-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (create-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, reviewer, operator or inspector (create-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town of an operator or inspector (create-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; serve if omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session-idle-minutes wants a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup wants a target file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::SessionStatusBar</name>
    <message>
        <source>The server accepted your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept and sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridsafe::TlsIdentity</name>
    <message>
        <source>Could not create the TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the TLS certificate into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the TLS key or certificate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key or certificate in %1 is damaged; move them away to make new ones (clients will warn that the certificate changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GridSafe: grid-based safety supervision of industrial enterprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to connect to (prefilled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (prefilled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in at once with the password held in this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this SHA-256 certificate fingerprint for --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After login and the first sync, save the main window as PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
