<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyCommands</name>
    <message>
        <source>agency name</source>
        <translation>agency name</translation>
    </message>
    <message>
        <source>An agency with code %1 is already registered: "%2".</source>
        <translation>An agency with code %1 is already registered: "%2".</translation>
    </message>
    <message>
        <source>A growth value is between 0 and %1.</source>
        <translation>A growth value is between 0 and %1.</translation>
    </message>
    <message>
        <source>date of the growth value</source>
        <translation>date of the growth value</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Agency %1 does not exist.</source>
        <translation>Agency %1 does not exist.</translation>
    </message>
    <message>
        <source>Agency "%1" was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>Agency "%1" was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date, and at most %1 years later.</source>
        <translation>The end date must be on or after the start date, and at most %1 years later.</translation>
    </message>
    <message>
        <source>"%1" is not on the city's list of technical service agencies: a town hires agencies from the list.</source>
        <translation>"%1" is not on the city's list of technical service agencies: a town hires agencies from the list.</translation>
    </message>
    <message>
        <source>scope of service</source>
        <translation>scope of service</translation>
    </message>
    <message>
        <source>Choose the grids the agency supports.</source>
        <translation>Choose the grids the agency supports.</translation>
    </message>
    <message>
        <source>Grid %1 is not a grid in use in this town.</source>
        <translation>Grid %1 is not a grid in use in this town.</translation>
    </message>
    <message>
        <source>"%1" already has a contract with this town from %2 to %3.</source>
        <translation>"%1" already has a contract with this town from %2 to %3.</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>Contract %1 does not exist.</translation>
    </message>
    <message>
        <source>This contract was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>This contract was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>This contract was already ended on %1.</source>
        <translation>This contract was already ended on %1.</translation>
    </message>
    <message>
        <source>A contract is ended within its period (%1 to %2).</source>
        <translation>A contract is ended within its period (%1 to %2).</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>reason for ending</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>enterprise name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>"%1" serves this town under a contract from %2 to %3. While it does, it may not also coach the town's enterprises on its own account.</source>
        <translation>"%1" serves this town under a contract from %2 to %3. While it does, it may not also coach the town's enterprises on its own account.</translation>
    </message>
    <message>
        <source>A contract names at most %1 grids.</source>
        <translation>A contract names at most %1 grids.</translation>
    </message>
</context>
<context>
    <name>AgencyRules</name>
    <message>
        <source>Not yet started</source>
        <extracomment>A contract whose period has not begun (未开始).</extracomment>
        <translation>Not yet started</translation>
    </message>
    <message>
        <source>Active, ends early on %1</source>
        <extracomment>履行中，提前至 %1 终止</extracomment>
        <translation>Active, ends early on %1</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>履行中</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>已到期</extracomment>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Terminated on %1</source>
        <extracomment>已于 %1 提前终止</extracomment>
        <translation>Terminated on %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days, both included: "2026-01-01 至 2026-12-31".</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (ended early on %2)</source>
        <extracomment>A contract's period and the day it was ended early: "…（%2 提前终止）".</extracomment>
        <translation>%1 (ended early on %2)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>An agency without a growth value (成长值) on the city's list: 未评分.</extracomment>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A growth value and the day it was scored: "892（2026-01-05）".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <source>The period may last at most %1 years: end it on %2 or earlier.</source>
        <translation>The period may last at most %1 years: end it on %2 or earlier.</translation>
    </message>
</context>
<context>
    <name>AssignmentCommands</name>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>Grid %1 does not exist.</translation>
    </message>
    <message>
        <source>Grid "%1" has been retired.</source>
        <translation>Grid "%1" has been retired.</translation>
    </message>
    <message>
        <source>Grid "%1" was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>Grid "%1" was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>%1 is an inspector of another town; a grid is staffed from its own town.</source>
        <translation>%1 is an inspector of another town; a grid is staffed from its own town.</translation>
    </message>
    <message>
        <source>%1 is no longer an active inspector.</source>
        <translation>%1 is no longer an active inspector.</translation>
    </message>
    <message>
        <source>%1 is already responsible for grid "%2".</source>
        <translation>%1 is already responsible for grid "%2".</translation>
    </message>
    <message>
        <source>reason for holding more than one grid</source>
        <translation>reason for holding more than one grid</translation>
    </message>
    <message>
        <source>%1 is already responsible for grid "%2". One inspector holds one grid; to give them another as well, enter the reason.</source>
        <translation>%1 is already responsible for grid "%2". One inspector holds one grid; to give them another as well, enter the reason.</translation>
    </message>
    <message>
        <source>Grid "%1" has no inspector.</source>
        <translation>Grid "%1" has no inspector.</translation>
    </message>
    <message>
        <source>reason for the inspector leaving</source>
        <translation>reason for the inspector leaving</translation>
    </message>
</context>
<context>
    <name>BoundaryCommands</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>No boundary was imported:
%1</source>
        <translation>No boundary was imported:
%1</translation>
    </message>
    <message>
        <source>matchBy is "code" or "name", not "%1".</source>
        <translation>matchBy is "code" or "name", not "%1".</translation>
    </message>
    <message>
        <source>The GeoJSON text is %1 bytes; at most %2 bytes can be imported at once. Import the towns in separate files.</source>
        <translation>The GeoJSON text is %1 bytes; at most %2 bytes can be imported at once. Import the towns in separate files.</translation>
    </message>
</context>
<context>
    <name>BoundaryMatcher</name>
    <message>
        <source>, </source>
        <extracomment>Separates the places listed in a boundary import's message (Chinese: "、").</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>no village, community or park has the code %1.</source>
        <translation>no village, community or park has the code %1.</translation>
    </message>
    <message>
        <source>the code %1 belongs to several areas (%2); match by name instead.</source>
        <translation>the code %1 belongs to several areas (%2); match by name instead.</translation>
    </message>
    <message>
        <source>the code %1 is that of %2 in %3, not in %4.</source>
        <translation>the code %1 is that of %2 in %3, not in %4.</translation>
    </message>
    <message>
        <source>no village, community or park is named %1.</source>
        <translation>no village, community or park is named %1.</translation>
    </message>
    <message>
        <source>%1 names areas in several towns (%2); give its town in properties.town.</source>
        <translation>%1 names areas in several towns (%2); give its town in properties.town.</translation>
    </message>
    <message>
        <source>there is no town or street named %1.</source>
        <translation>there is no town or street named %1.</translation>
    </message>
    <message>
        <source>%1 has no village, community or park named %2.</source>
        <translation>%1 has no village, community or park named %2.</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Feature %1 (%2)</translation>
    </message>
    <message>
        <source>it has no code, and the areas are matched by code (properties.code).</source>
        <translation>it has no code, and the areas are matched by code (properties.code).</translation>
    </message>
    <message>
        <source>it outlines the same area as feature %1.</source>
        <translation>it outlines the same area as feature %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A feature of a boundary file that matches no area: "Feature 3 (横林镇 崔桥村): …"</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CivilDate</name>
    <message>
        <source>The %1 "%2" is not a date: write it as 2026-03-15.</source>
        <translation>The %1 "%2" is not a date: write it as 2026-03-15.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Server as host:port (login).</source>
        <translation>Server as host:port (login).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>User name (login).</source>
        <translation>User name (login).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Read the password from the first line of this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation>Environment variable holding the password.</translation>
    </message>
    <message>
        <source>Expected SHA-256 fingerprint of the server certificate.</source>
        <translation>Expected SHA-256 fingerprint of the server certificate.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Pin the server's certificate on first contact.</source>
        <translation>Pin the server's certificate on first contact.</translation>
    </message>
    <message>
        <source>Folder for the session, pins and local replica.</source>
        <translation>Folder for the session, pins and local replica.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>Print results as JSON.</translation>
    </message>
    <message>
        <source>Town name or id.</source>
        <translation>Town name or id.</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>Grid name (grid-create).</source>
        <translation>Grid name (grid-create).</translation>
    </message>
    <message>
        <source>Village, community or park covered (grid-create; repeatable).</source>
        <translation>Village, community or park covered (grid-create; repeatable).</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <source>Name a command; see --help.</source>
        <translation>Name a command; see --help.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; see --help.</source>
        <translation>Unknown command "%1"; see --help.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login needs --user.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No password given.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>No answer from the server.</translation>
    </message>
    <message>
        <source>Cannot save the session in %1.</source>
        <translation>Cannot save the session in %1.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).
</source>
        <translation>Logged in as %1 (%2).
</translation>
    </message>
    <message>
        <source>Not logged in: run gridsafe-cli login first.</source>
        <translation>Not logged in: run gridsafe-cli login first.</translation>
    </message>
    <message>
        <source>The saved session is damaged: log in again.</source>
        <translation>The saved session is damaged: log in again.</translation>
    </message>
    <message>
        <source>Logged out.
</source>
        <translation>Logged out.
</translation>
    </message>
    <message>
        <source>Server:    %1
User:      %2 (%3)
Last sync: %4 (sequence %5)
Outbox:    %6 pending, %7 rejected
</source>
        <translation>Server:    %1
User:      %2 (%3)
Last sync: %4 (sequence %5)
Outbox:    %6 pending, %7 rejected
</translation>
    </message>
    <message>
        <source>No town "%1" among those you can see.</source>
        <translation>No town "%1" among those you can see.</translation>
    </message>
    <message>
        <source>grid-create needs --town, --name and at least one --area.</source>
        <translation>grid-create needs --town, --name and at least one --area.</translation>
    </message>
    <message>
        <source>No village, community or park "%1" in this town.</source>
        <translation>No village, community or park "%1" in this town.</translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation>Create grid %1</translation>
    </message>
    <message>
        <source>Created grid %1 (id %2).
</source>
        <translation>Created grid %1 (id %2).
</translation>
    </message>
    <message>
        <source>Synchronised to sequence %1; %2 pending, %3 rejected.
</source>
        <translation>Synchronised to sequence %1; %2 pending, %3 rejected.
</translation>
    </message>
    <message>
        <source>--fingerprint wants the SHA-256 fingerprint the server prints: 32 hex pairs, e.g. AB:CD:…</source>
        <translation>--fingerprint wants the SHA-256 fingerprint the server prints: 32 hex pairs, e.g. AB:CD:…</translation>
    </message>
    <message>
        <source>areas needs --town.</source>
        <translation>areas needs --town.</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>(no grid)</translation>
    </message>
    <message>
        <source>Offline (%1): answering from the local copy synchronised %2.</source>
        <translation>Offline (%1): answering from the local copy synchronised %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Saved in the outbox; run gridsafe-cli sync when the server is reachable.
</source>
        <translation>Saved in the outbox; run gridsafe-cli sync when the server is reachable.
</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (pending)</translation>
    </message>
    <message>
        <source>Cannot synchronise: %1 %2 changes wait in the outbox.</source>
        <translation>Cannot synchronise: %1 %2 changes wait in the outbox.</translation>
    </message>
    <message>
        <source>This town already has a grid named "%1"%2.</source>
        <translation>This town already has a grid named "%1"%2.</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation> (waiting to be sent)</translation>
    </message>
    <message>
        <source>certificate %1 until %2</source>
        <translation>certificate %1 until %2</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>no valid certificate</translation>
    </message>
    <message>
        <source>GridSafe command-line client.

Commands:
  login                 log in and remember the session
  logout                end the session
  status                server, user, link, last sync, outbox
  towns                 list the towns you can see
  grids [--town T]      list grids (of town T: name or id)
  areas --town T        villages, communities and parks of T, with their grids
  inspectors [--town T] grid inspectors, their certificates and grids
  gaps [--town T]       coverage gaps: areas in no grid, grids without a certified
                        inspector, a missing or stale filing
  grid-create --town T --name N --area A [--area A ...]
  sync                  pull changes and send pending commands
  import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD ...]
                        check an enterprise list (.xlsx, .csv) on the server and
                        import it: only when every row is valid, or its valid rows
                        with --skip-invalid; --dry-run imports nothing. Exit 5 when
                        rows have problems, 2 for a file that cannot be used

The password comes from --password-file, the environment variable named by --password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line.</source>
        <translation>GridSafe command-line client.

Commands:
  login                 log in and remember the session
  logout                end the session
  status                server, user, link, last sync, outbox
  towns                 list the towns you can see
  grids [--town T]      list grids (of town T: name or id)
  areas --town T        villages, communities and parks of T, with their grids
  inspectors [--town T] grid inspectors, their certificates and grids
  gaps [--town T]       coverage gaps: areas in no grid, grids without a certified
                        inspector, a missing or stale filing
  grid-create --town T --name N --area A [--area A ...]
  sync                  pull changes and send pending commands
  import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD ...]
                        check an enterprise list (.xlsx, .csv) on the server and
                        import it: only when every row is valid, or its valid rows
                        with --skip-invalid; --dry-run imports nothing. Exit 5 when
                        rows have problems, 2 for a file that cannot be used

The password comes from --password-file, the environment variable named by --password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line.</translation>
    </message>
    <message>
        <source>Check the rows and report; import nothing (import-enterprises).</source>
        <translation>Check the rows and report; import nothing (import-enterprises).</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems (import-enterprises).</source>
        <translation>Import the valid rows even when others have problems (import-enterprises).</translation>
    </message>
    <message>
        <source>The column titled TITLE feeds FIELD, or none (import-enterprises; repeatable).</source>
        <translation>The column titled TITLE feeds FIELD, or none (import-enterprises; repeatable).</translation>
    </message>
    <message>
        <source>title=field</source>
        <translation>title=field</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): %1.
</source>
        <translation>
            <numerusform>Checked %n row: %1.
</numerusform>
            <numerusform>Checked %n rows: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>(The server lists the first %1 of %2 problems.)
</source>
        <translation>(The server lists the first %1 of %2 problems.)
</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 rows…</source>
        <translation>Uploaded %1 of %2 rows…</translation>
    </message>
    <message>
        <source>The server is checking the rows…</source>
        <translation>The server is checking the rows…</translation>
    </message>
    <message>
        <source>Importing the valid rows…</source>
        <translation>Importing the valid rows…</translation>
    </message>
    <message>
        <source>--map takes TITLE=FIELD (e.g. 社会信用代码=creditCode), not "%1".</source>
        <translation>--map takes TITLE=FIELD (e.g. 社会信用代码=creditCode), not "%1".</translation>
    </message>
    <message>
        <source>The file has no column titled "%1".</source>
        <translation>The file has no column titled "%1".</translation>
    </message>
    <message>
        <source>"%1" is not an import field. The fields are: %2; none leaves the column out.</source>
        <translation>"%1" is not an import field. The fields are: %2; none leaves the column out.</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet "%2", header on row %3, %n row(s) below it.
</source>
        <translation>
            <numerusform>%1: sheet "%2", header on row %3, %n row below it.
</numerusform>
            <numerusform>%1: sheet "%2", header on row %3, %n rows below it.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: text in %2, header on row %3, %n row(s) below it.
</source>
        <translation>
            <numerusform>%1: text in %2, header on row %3, %n row below it.
</numerusform>
            <numerusform>%1: text in %2, header on row %3, %n rows below it.
</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>import-enterprises needs the file: import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD]...</source>
        <translation>import-enterprises needs the file: import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD]...</translation>
    </message>
    <message>
        <source>No column gives: %1. Name the columns with --map TITLE=FIELD.</source>
        <translation>No column gives: %1. Name the columns with --map TITLE=FIELD.</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>The file has no rows below its header.</translation>
    </message>
    <message>
        <source>Importing enterprises needs the server, which cannot be reached now. Nothing was changed; run the import again when the server is back.</source>
        <translation>Importing enterprises needs the server, which cannot be reached now. Nothing was changed; run the import again when the server is back.</translation>
    </message>
    <message>
        <source>The link to the server dropped; waiting for it…</source>
        <translation>The link to the server dropped; waiting for it…</translation>
    </message>
    <message>
        <source>The link is back; going on from the rows the server has.</source>
        <translation>The link is back; going on from the rows the server has.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.
</source>
        <translation>Dry run: nothing was imported.
</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or run again with --skip-invalid to import the %1 valid rows.
</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct it, or run again with --skip-invalid to import the %1 valid rows.
</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct them, or run again with --skip-invalid to import the %1 valid rows.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row can be imported.
</source>
        <translation>Nothing was imported: no row can be imported.
</translation>
    </message>
    <message>
        <source>Nothing to import: the register already holds every row as it is.
</source>
        <translation>Nothing to import: the register already holds every row as it is.
</translation>
    </message>
    <message>
        <source>The import waits in the outbox; run gridsafe-cli sync when the server is reachable.
</source>
        <translation>The import waits in the outbox; run gridsafe-cli sync when the server is reachable.
</translation>
    </message>
    <message>
        <source>Imported: %1.
</source>
        <translation>Imported: %1.
</translation>
    </message>
</context>
<context>
    <name>CommandExecutor</name>
    <message>
        <source>This command id was already used for another command.</source>
        <translation>This command id was already used for another command.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Your role (%1) may not do this.</translation>
    </message>
</context>
<context>
    <name>CoverageGaps</name>
    <message>
        <source>%1 is in no grid</source>
        <translation>%1 is in no grid</translation>
    </message>
    <message>
        <source>grid "%1" has no inspector</source>
        <translation>grid "%1" has no inspector</translation>
    </message>
    <message>
        <source>the inspector of grid "%1" (%2) has no valid certificate</source>
        <translation>the inspector of grid "%1" (%2) has no valid certificate</translation>
    </message>
    <message>
        <source>the inspector of grid "%1" (%2) is inactive</source>
        <translation>the inspector of grid "%1" (%2) is inactive</translation>
    </message>
    <message>
        <source>the division of %1 has not been filed with the district</source>
        <translation>the division of %1 has not been filed with the district</translation>
    </message>
    <message>
        <source>the district returned the filing of %1: %2</source>
        <translation>the district returned the filing of %1: %2</translation>
    </message>
    <message>
        <source>the division of %1 changed after it was filed: file it again</source>
        <translation>the division of %1 changed after it was filed: file it again</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is empty: enter its 18 characters.</source>
        <translation>The unified social credit code is empty: enter its 18 characters.</translation>
    </message>
    <message>
        <source>The character “%1” at position %2 cannot appear in a unified social credit code: it uses only digits and capital letters, and never I, O, Z, S or V.</source>
        <translation>The character “%1” at position %2 cannot appear in a unified social credit code: it uses only digits and capital letters, and never I, O, Z, S or V.</translation>
    </message>
    <message>
        <source>A unified social credit code has %1 characters; the code entered has %2: check for a missing or extra character.</source>
        <translation>A unified social credit code has %1 characters; the code entered has %2: check for a missing or extra character.</translation>
    </message>
    <message>
        <source>The first character (registration authority) should be a digit 1–9 or the letter A, N or Y, not %1.</source>
        <translation>The first character (registration authority) should be a digit 1–9 or the letter A, N or Y, not %1.</translation>
    </message>
    <message>
        <source>The second character (entity type) should not be 0: check the code for a typing error.</source>
        <translation>The second character (entity type) should not be 0: check the code for a typing error.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 (administrative division code) should be digits, but character %1 is %2.</source>
        <translation>Characters 3 to 8 (administrative division code) should be digits, but character %1 is %2.</translation>
    </message>
    <message>
        <source>The last character (check character) should be %1, not %2: check the code for a typing error.</source>
        <translation>The last character (check character) should be %1, not %2: check the code for a typing error.</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>The file ends inside a quoted field that starts in row %1: a closing quotation mark (") is missing.</source>
        <translation>The file ends inside a quoted field that starts in row %1: a closing quotation mark (") is missing.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>This computer cannot read %1 text. Save the file in Excel as “CSV UTF-8” and import that.</source>
        <translation>This computer cannot read %1 text. Save the file in Excel as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>The file's text is neither UTF-8 nor GB18030 (Chinese): open it in Excel or WPS, save it as “CSV UTF-8” and import that.</source>
        <translation>The file's text is neither UTF-8 nor GB18030 (Chinese): open it in Excel or WPS, save it as “CSV UTF-8” and import that.</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>this computer cannot write GB18030 text</source>
        <translation>this computer cannot write GB18030 text</translation>
    </message>
    <message>
        <source>some text cannot be written in this encoding</source>
        <translation>some text cannot be written in this encoding</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Cannot open database %1: %2</translation>
    </message>
    <message>
        <source>Backup target %1 already exists.</source>
        <translation>Backup target %1 already exists.</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist.</source>
        <translation>Backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>%1 is not a usable GridSafe backup: %2</source>
        <translation>%1 is not a usable GridSafe backup: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place at %1.</source>
        <translation>Cannot move the restored database into place at %1.</translation>
    </message>
    <message>
        <source>Cannot make database %1 readable by its owner only.</source>
        <translation>Cannot make database %1 readable by its owner only.</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1.</source>
        <translation>Cannot create the backup file %1.</translation>
    </message>
</context>
<context>
    <name>Enterprise</name>
    <message>
        <source>Key industry</source>
        <translation>Key industry</translation>
    </message>
    <message>
        <source>Non-key, above scale</source>
        <translation>Non-key, above scale</translation>
    </message>
    <message>
        <source>Non-key, below scale</source>
        <translation>Non-key, below scale</translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation>Above scale</translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation>Below scale</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>EnterpriseColumnMapping</name>
    <message>
        <source>Column %1 (%2) is also titled as "%3", which column %4 already feeds; it is not imported unless you choose so.</source>
        <translation>Column %1 (%2) is also titled as "%3", which column %4 already feeds; it is not imported unless you choose so.</translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation>The sheet has no column %1.</translation>
    </message>
    <message>
        <source>"%1" is not an import field.</source>
        <translation>"%1" is not an import field.</translation>
    </message>
</context>
<context>
    <name>EnterpriseCommands</name>
    <message>
        <source>Unknown key sector "%1".</source>
        <translation>Unknown key sector "%1".</translation>
    </message>
    <message>
        <source>The scale is "above" or "below".</source>
        <translation>The scale is "above" or "below".</translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and %1.</source>
        <translation>The number of employees must be between 0 and %1.</translation>
    </message>
    <message>
        <source>The status is "operating", "suspended" or "closed".</source>
        <translation>The status is "operating", "suspended" or "closed".</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered, for "%2".</source>
        <translation>Credit code %1 is already registered, for "%2".</translation>
    </message>
    <message>
        <source>Enterprise %1 does not exist.</source>
        <translation>Enterprise %1 does not exist.</translation>
    </message>
    <message>
        <source>"%1" was changed by someone else meanwhile (revision %2, you saw %3). Reopen it to see the changes.</source>
        <translation>"%1" was changed by someone else meanwhile (revision %2, you saw %3). Reopen it to see the changes.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 enterprises at a time.</source>
        <translation>Choose between 1 and %1 enterprises at a time.</translation>
    </message>
    <message>
        <source>An enterprise is either in a grid or supervised directly by the town, not both.</source>
        <translation>An enterprise is either in a grid or supervised directly by the town, not both.</translation>
    </message>
    <message>
        <source>Choose a grid, or give the reason the town supervises directly.</source>
        <translation>Choose a grid, or give the reason the town supervises directly.</translation>
    </message>
    <message>
        <source>Unknown report kind or risk level.</source>
        <translation>Unknown report kind or risk level.</translation>
    </message>
    <message>
        <source>report date</source>
        <translation>report date</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>The report date %1 is in the future.</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation>A note may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered in another town.</source>
        <translation>Credit code %1 is already registered in another town.</translation>
    </message>
</context>
<context>
    <name>EnterpriseExporter</name>
    <message>
        <source>The local copy cannot be read.</source>
        <translation>The local copy cannot be read.</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>The export was stopped.</translation>
    </message>
</context>
<context>
    <name>EnterpriseHistoryRequest</name>
    <message>
        <source>Enterprise %1 does not exist.</source>
        <translation>Enterprise %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportCommand</name>
    <message>
        <source>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</source>
        <translation>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</translation>
    </message>
    <message>
        <source>Only %1 of %2 rows have arrived.</source>
        <translation>Only %1 of %2 rows have arrived.</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportFields</name>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>Town or street</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754)</source>
        <translation>Industry (GB/T 4754)</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>Key sector</translation>
    </message>
    <message>
        <source>Focus flags</source>
        <translation>Focus flags</translation>
    </message>
    <message>
        <source>Above or below scale</source>
        <translation>Above or below scale</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>Safety contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Reason for direct supervision</source>
        <translation>Reason for direct supervision</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Report kind</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportProblem</name>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>第 N 行 字段：原因</extracomment>
        <translation>Row %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportSummary</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rows with problems; %5 placed in the grid of their village</source>
        <extracomment>新增 N 家，更新 M 家，无变化 K 家，有问题 P 行；按村自动纳入网格 G 家</extracomment>
        <translation>%1 new, %2 updated, %3 unchanged, %4 rows with problems; %5 placed in the grid of their village</translation>
    </message>
    <message>
        <source>Created %1 and updated %2 enterprises; %3 were unchanged; %4 rows with problems were left out; %5 placed in the grid of their village</source>
        <extracomment>已新增 N 家，更新 M 家；无变化 K 家；未导入有问题的 P 行</extracomment>
        <translation>Created %1 and updated %2 enterprises; %3 were unchanged; %4 rows with problems were left out; %5 placed in the grid of their village</translation>
    </message>
</context>
<context>
    <name>EnterpriseRowReader</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>The unified social credit code is empty.</translation>
    </message>
    <message>
        <source>Code %1 is already on row %2 of this file.</source>
        <translation>Code %1 is already on row %2 of this file.</translation>
    </message>
    <message>
        <source>The enterprise name is empty.</source>
        <translation>The enterprise name is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a town or street of the district.</source>
        <translation>"%1" is not a town or street of the district.</translation>
    </message>
    <message>
        <source>The town or street is empty.</source>
        <translation>The town or street is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a village, community or park of %2.</source>
        <translation>"%1" is not a village, community or park of %2.</translation>
    </message>
    <message>
        <source>"%1" is not a GB/T 4754 industry division: write its code (e.g. C34) or its name (通用设备制造业).</source>
        <translation>"%1" is not a GB/T 4754 industry division: write its code (e.g. C34) or its name (通用设备制造业).</translation>
    </message>
    <message>
        <source>"%1" is not one of the eight key sectors (冶金、有色、建材、机械、轻工、纺织、烟草、商贸); leave it empty or write 无 for none.</source>
        <translation>"%1" is not one of the eight key sectors (冶金、有色、建材、机械、轻工、纺织、烟草、商贸); leave it empty or write 无 for none.</translation>
    </message>
    <message>
        <source>"%1" is neither 规上 nor 规下.</source>
        <translation>"%1" is neither 规上 nor 规下.</translation>
    </message>
    <message>
        <source>"%1" is not a number of employees.</source>
        <translation>"%1" is not a number of employees.</translation>
    </message>
    <message>
        <source>"%1" is not a status: write 在产, 停产 or 关闭.</source>
        <translation>"%1" is not a status: write 在产, 停产 or 关闭.</translation>
    </message>
    <message>
        <source>Longitude and latitude must both be decimal degrees (e.g. 120.05 and 31.78).</source>
        <translation>Longitude and latitude must both be decimal degrees (e.g. 120.05 and 31.78).</translation>
    </message>
    <message>
        <source>A grid and a reason for direct supervision are both given: an enterprise is in a grid or supervised directly, not both.</source>
        <translation>A grid and a reason for direct supervision are both given: an enterprise is in a grid or supervised directly, not both.</translation>
    </message>
    <message>
        <source>"%1" is not a grid in use in this town (give its name or code).</source>
        <translation>"%1" is not a grid in use in this town (give its name or code).</translation>
    </message>
    <message>
        <source>A risk report needs its level (重大, 较大, 一般 or 低).</source>
        <translation>A risk report needs its level (重大, 较大, 一般 or 低).</translation>
    </message>
    <message>
        <source>"%1" is not a risk level: write 重大, 较大, 一般 or 低.</source>
        <translation>"%1" is not a risk level: write 重大, 较大, 一般 or 低.</translation>
    </message>
    <message>
        <source>A risk level needs the date of its report.</source>
        <translation>A risk level needs the date of its report.</translation>
    </message>
    <message>
        <source>"%1" is not a date (e.g. 2024-03-05).</source>
        <translation>"%1" is not a date (e.g. 2024-03-05).</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>The report date %1 is in the future.</translation>
    </message>
    <message>
        <source>"%1" is not a report kind: write 首次, 定期 or 变更.</source>
        <translation>"%1" is not a report kind: write 首次, 定期 or 变更.</translation>
    </message>
    <message>
        <source>Code %1 is registered in another town; only that town may change it.</source>
        <translation>Code %1 is registered in another town; only that town may change it.</translation>
    </message>
</context>
<context>
    <name>EnterpriseRules</name>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>Key sector</translation>
    </message>
    <message>
        <source>Focus flags</source>
        <translation>Focus flags</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Safety contact</source>
        <translation>Safety contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Direct supervision</source>
        <translation>Direct supervision</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>Risk report</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>enterprise name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>"%1" is not an industry division of GB/T 4754 this register knows (e.g. C34).</source>
        <translation>"%1" is not an industry division of GB/T 4754 this register knows (e.g. C34).</translation>
    </message>
    <message>
        <source>A focus flag may have at most %1 characters: "%2…".</source>
        <translation>A focus flag may have at most %1 characters: "%2…".</translation>
    </message>
    <message>
        <source>At most %1 focus flags.</source>
        <translation>At most %1 focus flags.</translation>
    </message>
    <message>
        <source>The number of employees must be between 0 and %1.</source>
        <translation>The number of employees must be between 0 and %1.</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>safety contact</source>
        <translation>safety contact</translation>
    </message>
    <message>
        <source>Give both longitude and latitude, or neither.</source>
        <translation>Give both longitude and latitude, or neither.</translation>
    </message>
    <message>
        <source>The location (%1, %2) is not in China: longitude 73–136, latitude 3–54.</source>
        <translation>The location (%1, %2) is not in China: longitude 73–136, latitude 3–54.</translation>
    </message>
    <message>
        <source>reason for direct supervision</source>
        <translation>reason for direct supervision</translation>
    </message>
    <message>
        <source>An enterprise is either in a grid or supervised directly by the town, not both.</source>
        <translation>An enterprise is either in a grid or supervised directly by the town, not both.</translation>
    </message>
    <message>
        <source>The risk report date must be a date (yyyy-MM-dd).</source>
        <translation>The risk report date must be a date (yyyy-MM-dd).</translation>
    </message>
</context>
<context>
    <name>EnterpriseVocabulary</name>
    <message>
        <source>Metallurgy</source>
        <translation>Metallurgy</translation>
    </message>
    <message>
        <source>Non-ferrous metals</source>
        <translation>Non-ferrous metals</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>Building materials</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>Machinery</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>Light industry</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>Textiles</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tobacco</translation>
    </message>
    <message>
        <source>Commerce and trade</source>
        <translation>Commerce and trade</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>First report</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>Change report</translation>
    </message>
    <message>
        <source>Combustible dust</source>
        <translation>Combustible dust</translation>
    </message>
    <message>
        <source>Ammonia refrigeration</source>
        <translation>Ammonia refrigeration</translation>
    </message>
    <message>
        <source>Confined spaces</source>
        <translation>Confined spaces</translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <source>Metal smelting</source>
        <translation>Metal smelting</translation>
    </message>
    <message>
        <source>Non-metallic mineral mining</source>
        <translation>Non-metallic mineral mining</translation>
    </message>
    <message>
        <source>Agricultural and sideline food processing</source>
        <translation>Agricultural and sideline food processing</translation>
    </message>
    <message>
        <source>Food manufacturing</source>
        <translation>Food manufacturing</translation>
    </message>
    <message>
        <source>Liquor, beverages and refined tea</source>
        <translation>Liquor, beverages and refined tea</translation>
    </message>
    <message>
        <source>Tobacco products</source>
        <translation>Tobacco products</translation>
    </message>
    <message>
        <source>Textiles industry</source>
        <translation>Textiles industry</translation>
    </message>
    <message>
        <source>Textile garments and apparel</source>
        <translation>Textile garments and apparel</translation>
    </message>
    <message>
        <source>Leather, fur, feathers and footwear</source>
        <translation>Leather, fur, feathers and footwear</translation>
    </message>
    <message>
        <source>Wood processing; wood, bamboo, rattan, palm and straw products</source>
        <translation>Wood processing; wood, bamboo, rattan, palm and straw products</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Paper and paper products</source>
        <translation>Paper and paper products</translation>
    </message>
    <message>
        <source>Printing and reproduction of recording media</source>
        <translation>Printing and reproduction of recording media</translation>
    </message>
    <message>
        <source>Culture, education, arts and crafts, sports and entertainment goods</source>
        <translation>Culture, education, arts and crafts, sports and entertainment goods</translation>
    </message>
    <message>
        <source>Petroleum, coal and other fuel processing</source>
        <translation>Petroleum, coal and other fuel processing</translation>
    </message>
    <message>
        <source>Chemical raw materials and chemical products</source>
        <translation>Chemical raw materials and chemical products</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Pharmaceuticals</translation>
    </message>
    <message>
        <source>Chemical fibres</source>
        <translation>Chemical fibres</translation>
    </message>
    <message>
        <source>Rubber and plastic products</source>
        <translation>Rubber and plastic products</translation>
    </message>
    <message>
        <source>Non-metallic mineral products</source>
        <translation>Non-metallic mineral products</translation>
    </message>
    <message>
        <source>Smelting and pressing of ferrous metals</source>
        <translation>Smelting and pressing of ferrous metals</translation>
    </message>
    <message>
        <source>Smelting and pressing of non-ferrous metals</source>
        <translation>Smelting and pressing of non-ferrous metals</translation>
    </message>
    <message>
        <source>Metal products</source>
        <translation>Metal products</translation>
    </message>
    <message>
        <source>General-purpose machinery</source>
        <translation>General-purpose machinery</translation>
    </message>
    <message>
        <source>Special-purpose machinery</source>
        <translation>Special-purpose machinery</translation>
    </message>
    <message>
        <source>Motor vehicles</source>
        <translation>Motor vehicles</translation>
    </message>
    <message>
        <source>Railway, ship, aerospace and other transport equipment</source>
        <translation>Railway, ship, aerospace and other transport equipment</translation>
    </message>
    <message>
        <source>Electrical machinery and equipment</source>
        <translation>Electrical machinery and equipment</translation>
    </message>
    <message>
        <source>Computers, communication and other electronic equipment</source>
        <translation>Computers, communication and other electronic equipment</translation>
    </message>
    <message>
        <source>Instruments and meters</source>
        <translation>Instruments and meters</translation>
    </message>
    <message>
        <source>Other manufacturing</source>
        <translation>Other manufacturing</translation>
    </message>
    <message>
        <source>Recycling of waste resources</source>
        <translation>Recycling of waste resources</translation>
    </message>
    <message>
        <source>Repair of metal products, machinery and equipment</source>
        <translation>Repair of metal products, machinery and equipment</translation>
    </message>
    <message>
        <source>Electricity and heat supply</source>
        <translation>Electricity and heat supply</translation>
    </message>
    <message>
        <source>Gas supply</source>
        <translation>Gas supply</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Handling and warehousing</source>
        <translation>Handling and warehousing</translation>
    </message>
</context>
<context>
    <name>FilingCommands</name>
    <message>
        <source>The division of %1 changed after you opened it. Look at it again, then submit.</source>
        <translation>The division of %1 changed after you opened it. Look at it again, then submit.</translation>
    </message>
    <message>
        <source>This division is already filed (No. %1); nothing has changed since.</source>
        <translation>This division is already filed (No. %1); nothing has changed since.</translation>
    </message>
    <message>
        <source>This division was submitted as No. %1 and waits for the district's decision.</source>
        <translation>This division was submitted as No. %1 and waits for the district's decision.</translation>
    </message>
    <message numerus="yes">
        <source>The division is not complete yet (%n gap(s)): %1. Close the gaps, then submit.</source>
        <translation>
            <numerusform>The division is not complete yet (%n gap): %1. Close the gap, then submit.</numerusform>
            <numerusform>The division is not complete yet (%n gaps): %1. Close the gaps, then submit.</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Filing %1 does not exist.</source>
        <translation>Filing %1 does not exist.</translation>
    </message>
    <message>
        <source>Filing No. %1 has already been decided or withdrawn.</source>
        <translation>Filing No. %1 has already been decided or withdrawn.</translation>
    </message>
    <message>
        <source>Unknown decision "%1": use file or return.</source>
        <translation>Unknown decision "%1": use file or return.</translation>
    </message>
    <message>
        <source>reason for returning</source>
        <translation>reason for returning</translation>
    </message>
</context>
<context>
    <name>FilingFormTable</name>
    <message>
        <source>The filing holds no grids.</source>
        <extracomment>备案中没有网格。</extracomment>
        <translation>The filing holds no grids.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 grids are listed.</source>
        <extracomment>仅列出全部%2个网格中的前%1个。</extracomment>
        <translation>Only the first %1 of %2 grids are listed.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>序号</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Grid code</source>
        <extracomment>网格编码</extracomment>
        <translation>Grid code</translation>
    </message>
    <message>
        <source>Grid name</source>
        <extracomment>网格名称</extracomment>
        <translation>Grid name</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>网格类型</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <extracomment>覆盖村（社区）、园区</extracomment>
        <translation>Areas covered</translation>
    </message>
    <message>
        <source>Inspector (name, phone, unit)</source>
        <extracomment>网格员（姓名、电话、单位）</extracomment>
        <translation>Inspector (name, phone, unit)</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <extracomment>证书编号</extracomment>
        <translation>Certificate No.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>证书有效期至</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <extracomment>无有效证书</extracomment>
        <translation>No valid certificate</translation>
    </message>
    <message>
        <source>Park grid</source>
        <extracomment>园区/功能区网格</extracomment>
        <translation>Park grid</translation>
    </message>
    <message>
        <source>Village/community grid</source>
        <extracomment>村（社区）网格</extracomment>
        <translation>Village/community grid</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <extracomment>片区：%1</extracomment>
        <translation>Part: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of areas</comment>
        <extracomment>、 (the Chinese enumeration comma)</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source> … %n in all</source>
        <comment>areas of a grid</comment>
        <extracomment>等，共%n个</extracomment>
        <translation>
            <numerusform> … %n in all</numerusform>
            <numerusform> … %n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No inspector</source>
        <extracomment>未配备网格员</extracomment>
        <translation>No inspector</translation>
    </message>
</context>
<context>
    <name>FilingFormWriter</name>
    <message>
        <source>Could not write the filing form %1: %2</source>
        <extracomment>无法写入备案表 %1：%2</extracomment>
        <translation>Could not write the filing form %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <extracomment>无法开始生成 PDF。</extracomment>
        <translation>the PDF could not be started.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>第%1页，共%2页</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <extracomment>打印日期：%1</extracomment>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>the PDF could not be finished.</source>
        <extracomment>无法完成 PDF。</extracomment>
        <translation>the PDF could not be finished.</translation>
    </message>
    <message>
        <source>Grids and their inspectors</source>
        <extracomment>网格及网格员</extracomment>
        <translation>Grids and their inspectors</translation>
    </message>
    <message>
        <source>Decision of the district</source>
        <extracomment>区审核决定</extracomment>
        <translation>Decision of the district</translation>
    </message>
    <message>
        <source>Seal of the town (street):</source>
        <extracomment>镇（街道）盖章：</extracomment>
        <translation>Seal of the town (street):</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <extracomment>经办人：</extracomment>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>日期：</extracomment>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Review opinion of the district emergency management bureau:</source>
        <extracomment>区应急管理局审核意见：</extracomment>
        <translation>Review opinion of the district emergency management bureau:</translation>
    </message>
    <message>
        <source>Seal:</source>
        <extracomment>盖章：</extracomment>
        <translation>Seal:</translation>
    </message>
    <message>
        <source>Town (street)</source>
        <extracomment>镇（街道）</extracomment>
        <translation>Town (street)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a town and its code</comment>
        <extracomment>%1（%2）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filing No.</source>
        <extracomment>备案编号</extracomment>
        <translation>Filing No.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>第%1号</extracomment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>状态</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Division revision</source>
        <extracomment>划分版本</extracomment>
        <translation>Division revision</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <extracomment>提交人</extracomment>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <extracomment>提交时间</extracomment>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Villages, communities and parks</source>
        <extracomment>村（社区）、园区数</extracomment>
        <translation>Villages, communities and parks</translation>
    </message>
    <message>
        <source>Grids</source>
        <extracomment>网格数</extracomment>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Note from the town</source>
        <extracomment>镇（街道）说明</extracomment>
        <translation>Note from the town</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>审核结果</extracomment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <extracomment>审核人</extracomment>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided at</source>
        <extracomment>审核时间</extracomment>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <extracomment>退回理由</extracomment>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>Remark</source>
        <extracomment>备案意见</extracomment>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Grid division filing form</source>
        <extracomment>网格划分备案表</extracomment>
        <translation>Grid division filing form</translation>
    </message>
    <message>
        <source>%1 grid division filing form</source>
        <extracomment>%1网格划分备案表</extracomment>
        <translation>%1 grid division filing form</translation>
    </message>
    <message>
        <source>Submitted, awaiting the district's decision</source>
        <extracomment>已提交，待区审核</extracomment>
        <translation>Submitted, awaiting the district's decision</translation>
    </message>
    <message>
        <source>Filed</source>
        <extracomment>已备案</extracomment>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>已退回</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Withdrawn (replaced by a newer filing)</source>
        <extracomment>已撤回（已由新的备案替代）</extracomment>
        <translation>Withdrawn (replaced by a newer filing)</translation>
    </message>
</context>
<context>
    <name>GeoJsonBoundaries</name>
    <message>
        <source>Feature %1 is not a GeoJSON Feature (an object with "type": "Feature").</source>
        <translation>Feature %1 is not a GeoJSON Feature (an object with "type": "Feature").</translation>
    </message>
    <message>
        <source>Feature %1 has no name: properties.name must give the name of the village, community or park.</source>
        <translation>Feature %1 has no name: properties.name must give the name of the village, community or park.</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Feature %1 (%2)</translation>
    </message>
    <message>
        <source>%1: its code “%2” is not a 12-digit division code.</source>
        <translation>%1: its code “%2” is not a 12-digit division code.</translation>
    </message>
    <message>
        <source>%1 has no town: properties.town must name its town or street, unless properties.code gives its 12-digit division code.</source>
        <translation>%1 has no town: properties.town must name its town or street, unless properties.code gives its 12-digit division code.</translation>
    </message>
    <message>
        <source>%1 has no geometry.</source>
        <translation>%1 has no geometry.</translation>
    </message>
    <message>
        <source>%1 repeats feature %2: both are %3 of %4.</source>
        <translation>%1 repeats feature %2: both are %3 of %4.</translation>
    </message>
    <message>
        <source>%1 repeats feature %2: both have the code %3.</source>
        <translation>%1 repeats feature %2: both have the code %3.</translation>
    </message>
    <message>
        <source>%1 has geometry of type “%2”; only Polygon and MultiPolygon outline an area.</source>
        <translation>%1 has geometry of type “%2”; only Polygon and MultiPolygon outline an area.</translation>
    </message>
    <message>
        <source>%1 has a geometry without coordinates.</source>
        <translation>%1 has a geometry without coordinates.</translation>
    </message>
    <message>
        <source>%1 has a polygon without rings.</source>
        <translation>%1 has a polygon without rings.</translation>
    </message>
    <message>
        <source>%1 has more than %2 positions; simplify its outline and import again.</source>
        <translation>%1 has more than %2 positions; simplify its outline and import again.</translation>
    </message>
    <message>
        <source>The file has more than %1 positions in all; simplify the outlines or import the towns in separate files.</source>
        <translation>The file has more than %1 positions in all; simplify the outlines or import the towns in separate files.</translation>
    </message>
    <message>
        <source>%1 has a ring of %2 positions; a closed ring needs at least 4, the last repeating the first.</source>
        <translation>%1 has a ring of %2 positions; a closed ring needs at least 4, the last repeating the first.</translation>
    </message>
    <message>
        <source>%1: position %2 of a ring is not a pair of numbers [longitude, latitude].</source>
        <translation>%1: position %2 of a ring is not a pair of numbers [longitude, latitude].</translation>
    </message>
    <message>
        <source>%1: position [%2, %3] lies outside China (longitude 73–136°, latitude 3–54°). Coordinates must be longitude and latitude in degrees, longitude first (WGS-84 or CGCS2000); projected coordinates in metres are not accepted.</source>
        <translation>%1: position [%2, %3] lies outside China (longitude 73–136°, latitude 3–54°). Coordinates must be longitude and latitude in degrees, longitude first (WGS-84 or CGCS2000); projected coordinates in metres are not accepted.</translation>
    </message>
    <message>
        <source>%1 has a ring that is not closed: its last position must repeat its first.</source>
        <translation>%1 has a ring that is not closed: its last position must repeat its first.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a boundary file may be at most %2 MiB.</source>
        <translation>The file is %1 MiB; a boundary file may be at most %2 MiB.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>The file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection: it must be an object with "type": "FeatureCollection" and a "features" array.</source>
        <translation>The file is not a GeoJSON FeatureCollection: it must be an object with "type": "FeatureCollection" and a "features" array.</translation>
    </message>
    <message>
        <source>The file has %1 features; at most %2 can be imported at once.</source>
        <translation>The file has %1 features; at most %2 can be imported at once.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>The file holds no features.</translation>
    </message>
    <message>
        <source>The file's coordinate reference system “%1” is not accepted: coordinates must be longitude and latitude in WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490).</source>
        <translation>The file's coordinate reference system “%1” is not accepted: coordinates must be longitude and latitude in WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490).</translation>
    </message>
    <message>
        <source>%1 has more than %2 parts; merge or drop the smallest and import again.</source>
        <translation>%1 has more than %2 parts; merge or drop the smallest and import again.</translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <source>A grid must cover at least one village, community or park.</source>
        <translation>A grid must cover at least one village, community or park.</translation>
    </message>
    <message>
        <source>"%1" is not a village, community or park of this town.</source>
        <translation>"%1" is not a village, community or park of this town.</translation>
    </message>
    <message>
        <source>grid name</source>
        <translation>grid name</translation>
    </message>
    <message>
        <source>This town already has a grid named "%1".</source>
        <translation>This town already has a grid named "%1".</translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>Grid %1 does not exist.</translation>
    </message>
    <message>
        <source>Grid "%1" has been retired.</source>
        <translation>Grid "%1" has been retired.</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>reason for retiring</translation>
    </message>
    <message>
        <source>Area %1 is not a village, community or park of this town.</source>
        <translation>Area %1 is not a village, community or park of this town.</translation>
    </message>
    <message>
        <source>Grid "%1" is in use, not retired.</source>
        <translation>Grid "%1" is in use, not retired.</translation>
    </message>
    <message>
        <source>reason for restoring</source>
        <translation>reason for restoring</translation>
    </message>
    <message>
        <source>Another grid of this town is now named "%1": rename that one before restoring this.</source>
        <translation>Another grid of this town is now named "%1": rename that one before restoring this.</translation>
    </message>
    <message>
        <source>Grid "%1" was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>Grid "%1" was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>"%1" is a park: it belongs in a park grid, not in a village grid.</source>
        <translation>"%1" is a park: it belongs in a park grid, not in a village grid.</translation>
    </message>
    <message>
        <source>"%1" is a village or community: a park grid covers only parks and functional zones.</source>
        <translation>"%1" is a village or community: a park grid covers only parks and functional zones.</translation>
    </message>
    <message>
        <source>"%1" is already in grid "%2". To split it between grids, say which part this grid covers.</source>
        <translation>"%1" is already in grid "%2". To split it between grids, say which part this grid covers.</translation>
    </message>
    <message>
        <source>This town already has a grid with code %1.</source>
        <translation>This town already has a grid with code %1.</translation>
    </message>
    <message>
        <source>Unknown grid kind "%1": use village or park.</source>
        <translation>Unknown grid kind "%1": use village or park.</translation>
    </message>
    <message>
        <source>part of the village</source>
        <translation>part of the village</translation>
    </message>
    <message>
        <source>Another grid of this town now has code %1: change that one's code before restoring this.</source>
        <translation>Another grid of this town now has code %1: change that one's code before restoring this.</translation>
    </message>
    <message>
        <source>A grid covers at most %1 areas.</source>
        <translation>A grid covers at most %1 areas.</translation>
    </message>
    <message>
        <source>Grid "%2" covers "%1" whole. To split it, first say which part grid "%2" keeps.</source>
        <translation>Grid "%2" covers "%1" whole. To split it, first say which part grid "%2" keeps.</translation>
    </message>
</context>
<context>
    <name>GridMapExporter</name>
    <message>
        <source>There is no map to export: no boundaries are imported for this town.</source>
        <translation>There is no map to export: no boundaries are imported for this town.</translation>
    </message>
    <message>
        <source>Could not write the map image %1: %2</source>
        <translation>Could not write the map image %1: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>Could not write the PDF file %1: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: the PDF could not be started.</source>
        <translation>Could not write the PDF file %1: the PDF could not be started.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>No inspector</source>
        <translation>No inspector</translation>
    </message>
    <message>
        <source>Not in any grid</source>
        <translation>Not in any grid</translation>
    </message>
    <message>
        <source>Legend (continued)</source>
        <translation>Legend (continued)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: the PDF could not be finished.</source>
        <translation>Could not write the PDF file %1: the PDF could not be finished.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>GridRules</name>
    <message>
        <source>Enter a grid code, such as WG-01.</source>
        <translation>Enter a grid code, such as WG-01.</translation>
    </message>
    <message>
        <source>A grid code has at most %1 characters; "%2" has %3.</source>
        <translation>A grid code has at most %1 characters; "%2" has %3.</translation>
    </message>
    <message>
        <source>A grid code may hold only the letters A–Z, digits and hyphens, and starts with a letter or digit (such as WG-01); "%1" does not.</source>
        <translation>A grid code may hold only the letters A–Z, digits and hyphens, and starts with a letter or digit (such as WG-01); "%1" does not.</translation>
    </message>
</context>
<context>
    <name>GridSafeServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>The server has too many connections; try again later.</source>
        <translation>The server has too many connections; try again later.</translation>
    </message>
    <message>
        <source>Too many connections from your address (%1); close some GridSafe windows and try again.</source>
        <translation>Too many connections from your address (%1); close some GridSafe windows and try again.</translation>
    </message>
</context>
<context>
    <name>ImportDesk</name>
    <message>
        <source>Your role may not import enterprises.</source>
        <translation>Your role may not import enterprises.</translation>
    </message>
    <message>
        <source>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</source>
        <translation>Import %1 is not open: it was committed, cancelled, replaced by a newer import or left idle too long. Start the import again.</translation>
    </message>
    <message>
        <source>An import holds between 1 and %1 rows; this one has %2. Split the file.</source>
        <translation>An import holds between 1 and %1 rows; this one has %2. Split the file.</translation>
    </message>
    <message>
        <source>The server is staging %1 imports already; try again in a few minutes.</source>
        <translation>The server is staging %1 imports already; try again in a few minutes.</translation>
    </message>
    <message>
        <source>Rows must be sent in order: the next row expected is %1.</source>
        <translation>Rows must be sent in order: the next row expected is %1.</translation>
    </message>
    <message>
        <source>The import was begun with %1 rows; this chunk goes beyond them.</source>
        <translation>The import was begun with %1 rows; this chunk goes beyond them.</translation>
    </message>
    <message>
        <source>Row %1 of the file holds more than %2 bytes of text.</source>
        <translation>Row %1 of the file holds more than %2 bytes of text.</translation>
    </message>
    <message>
        <source>The import holds more than %1 MiB of text; split the file.</source>
        <translation>The import holds more than %1 MiB of text; split the file.</translation>
    </message>
    <message>
        <source>Only %1 of %2 rows have arrived; send the rest first.</source>
        <translation>Only %1 of %2 rows have arrived; send the rest first.</translation>
    </message>
    <message>
        <source>Check the import first (import.check).</source>
        <translation>Check the import first (import.check).</translation>
    </message>
</context>
<context>
    <name>InspectorCommands</name>
    <message>
        <source>inspector's name</source>
        <translation>inspector's name</translation>
    </message>
    <message>
        <source>Unknown kind of inspector "%1": use safetyOfficer, townStaff or other.</source>
        <translation>Unknown kind of inspector "%1": use safetyOfficer, townStaff or other.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Area %1 is not a village, community or park of this town.</source>
        <translation>Area %1 is not a village, community or park of this town.</translation>
    </message>
</context>
<context>
    <name>InspectorRules</name>
    <message>
        <source>Inspector %1 does not exist.</source>
        <translation>Inspector %1 does not exist.</translation>
    </message>
    <message>
        <source>%1's record was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>%1's record was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>Account %1 is not an inspector's account of this town.</source>
        <translation>Account %1 is not an inspector's account of this town.</translation>
    </message>
    <message>
        <source>The account "%1" already belongs to inspector %2.</source>
        <translation>The account "%1" already belongs to inspector %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town.</source>
        <translation>%1 (%2) is already registered as an inspector of this town.</translation>
    </message>
    <message>
        <source>%1 is still responsible for %2: give those grids to another inspector first.</source>
        <translation>%1 is still responsible for %2: give those grids to another inspector first.</translation>
    </message>
    <message>
        <source>%1's certificate expired on %2. Only an inspector with a valid certificate can be responsible for a grid: renew it first.</source>
        <translation>%1's certificate expired on %2. Only an inspector with a valid certificate can be responsible for a grid: renew it first.</translation>
    </message>
    <message>
        <source>%1 has no valid certificate. Only an inspector who has been trained, passed the exam and holds a certificate can be responsible for a grid.</source>
        <translation>%1 has no valid certificate. Only an inspector who has been trained, passed the exam and holds a certificate can be responsible for a grid.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer GridSafe server.</source>
        <translation>The database has schema version %1, but this program knows only up to version %2. Use a newer GridSafe server.</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>The %1 must not be empty.</translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters, %3 given.</source>
        <translation>The %1 is too long: at most %2 characters, %3 given.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a–z, digits, '.', '_' or '-'.</source>
        <translation>A user name has 3 to 32 characters: letters a–z, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>The password must have at most 128 characters.</source>
        <translation>The password must have at most 128 characters.</translation>
    </message>
    <message>
        <source>The %1 contains a control or invisible character.</source>
        <translation>The %1 contains a control or invisible character.</translation>
    </message>
</context>
<context>
    <name>PendingRowStyle</name>
    <message>
        <source>Not yet on the server; waiting to be sent:
%1</source>
        <translation>Not yet on the server; waiting to be sent:
%1</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>"%1" is not a phone number: enter an 11-digit mobile number (13912345678) or a landline with its area code (0519-88001234).</source>
        <translation>"%1" is not a phone number: enter an 11-digit mobile number (13912345678) or a landline with its area code (0519-88001234).</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <source>region name</source>
        <translation>region name</translation>
    </message>
    <message>
        <source>"%1" already exists at this level.</source>
        <translation>"%1" already exists at this level.</translation>
    </message>
    <message>
        <source>A village or community code has 12 digits (e.g. 320412104200).</source>
        <translation>A village or community code has 12 digits (e.g. 320412104200).</translation>
    </message>
    <message>
        <source>Only an administrator may rename a town or the district.</source>
        <translation>Only an administrator may rename a town or the district.</translation>
    </message>
    <message>
        <source>"%1" was changed by someone else. Reload and try again.</source>
        <translation>"%1" was changed by someone else. Reload and try again.</translation>
    </message>
    <message>
        <source>Only an administrator may create the district.</source>
        <translation>Only an administrator may create the district.</translation>
    </message>
    <message>
        <source>The district already exists: %1.</source>
        <translation>The district already exists: %1.</translation>
    </message>
    <message>
        <source>A district code has 6 digits (e.g. 320412).</source>
        <translation>A district code has 6 digits (e.g. 320412).</translation>
    </message>
    <message>
        <source>Unknown kind of region "%1".</source>
        <translation>Unknown kind of region "%1".</translation>
    </message>
    <message>
        <source>A new region needs its parent (parentId).</source>
        <translation>A new region needs its parent (parentId).</translation>
    </message>
    <message>
        <source>Only an administrator may add a town or street.</source>
        <translation>Only an administrator may add a town or street.</translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation>Region %1 does not exist.</translation>
    </message>
    <message>
        <source>A town or street belongs to the district.</source>
        <translation>A town or street belongs to the district.</translation>
    </message>
    <message>
        <source>A town or street code has 9 digits (e.g. 320412104).</source>
        <translation>A town or street code has 9 digits (e.g. 320412104).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nothing was imported:
%1</translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>The district already exists: %1 (id %2).</source>
        <translation>The district already exists: %1 (id %2).</translation>
    </message>
    <message>
        <source>district name</source>
        <translation>district name</translation>
    </message>
    <message>
        <source>A district code has 6 digits (e.g. 320412).</source>
        <translation>A district code has 6 digits (e.g. 320412).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In Excel, save it as "CSV UTF-8".</source>
        <translation>The file is not UTF-8 text. In Excel, save it as "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first row must name the columns 区划代码, 名称, 类型, 上级 (名称 and 类型 are required).</source>
        <translation>The first row must name the columns 区划代码, 名称, 类型, 上级 (名称 and 类型 are required).</translation>
    </message>
    <message>
        <source>There is no district yet: run init --district NAME first.</source>
        <translation>There is no district yet: run init --district NAME first.</translation>
    </message>
    <message>
        <source>类型 "%1" is not one of 镇, 街道, 村, 社区, 园区.</source>
        <translation>类型 "%1" is not one of 镇, 街道, 村, 社区, 园区.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>区划代码 "%1" should have %2 digits for this kind of area.</source>
        <translation>区划代码 "%1" should have %2 digits for this kind of area.</translation>
    </message>
    <message>
        <source>A town or street belongs to the district; leave 上级 empty (found "%1").</source>
        <translation>A town or street belongs to the district; leave 上级 empty (found "%1").</translation>
    </message>
    <message>
        <source>A village, community or park needs its town or street in 上级.</source>
        <translation>A village, community or park needs its town or street in 上级.</translation>
    </message>
    <message>
        <source>上级 "%1" is no town or street in the database or in an earlier row.</source>
        <translation>上级 "%1" is no town or street in the database or in an earlier row.</translation>
    </message>
    <message>
        <source>"%1" is already in row %2 under the same parent.</source>
        <translation>"%1" is already in row %2 under the same parent.</translation>
    </message>
</context>
<context>
    <name>RegionKind</name>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
</context>
<context>
    <name>RegisterPlaces</name>
    <message>
        <source>Choose the enterprise's town or street.</source>
        <translation>Choose the enterprise's town or street.</translation>
    </message>
    <message>
        <source>%1 is not your town: you may only keep your own town's enterprises.</source>
        <translation>%1 is not your town: you may only keep your own town's enterprises.</translation>
    </message>
    <message>
        <source>The village or community is not one of %1's.</source>
        <translation>The village or community is not one of %1's.</translation>
    </message>
    <message>
        <source>The grid is not one of %1's.</source>
        <translation>The grid is not one of %1's.</translation>
    </message>
    <message>
        <source>Grid "%1" is retired: choose a grid in use.</source>
        <translation>Grid "%1" is retired: choose a grid in use.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Cannot open the local data file %1: %2</source>
        <translation>Cannot open the local data file %1: %2</translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer GridSafe. Install the newer version.</source>
        <translation>The local data file %1 was written by a newer GridSafe. Install the newer version.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>District reviewer</source>
        <translation>District reviewer</translation>
    </message>
    <message>
        <source>Town operator</source>
        <translation>Town operator</translation>
    </message>
    <message>
        <source>Grid inspector</source>
        <translation>Grid inspector</translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <source>This belongs to another town; you may only change your own town's data.</source>
        <translation>This belongs to another town; you may only change your own town's data.</translation>
    </message>
    <message>
        <source>Region %1 does not exist.</source>
        <translation>Region %1 does not exist.</translation>
    </message>
    <message>
        <source>Region "%1" is not a town or street.</source>
        <translation>Region "%1" is not a town or street.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server's address, e.g. 192.168.1.10 or 192.168.1.10:%1.</source>
        <translation>Enter the server's address, e.g. 192.168.1.10 or 192.168.1.10:%1.</translation>
    </message>
</context>
<context>
    <name>ServerConsole</name>
    <message>
        <source>GridSafe server %1, SQLite %2, database schema %3</source>
        <translation>GridSafe server %1, SQLite %2, database schema %3</translation>
    </message>
    <message>
        <source>Listening on %1:%2 (TLS)</source>
        <translation>Listening on %1:%2 (TLS)</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Certificate SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>--role must be admin, reviewer, operator or inspector.</source>
        <translation>--role must be admin, reviewer, operator or inspector.</translation>
    </message>
    <message>
        <source>--town must name an existing town or street, e.g. 遥观镇.</source>
        <translation>--town must name an existing town or street, e.g. 遥观镇.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The user name "%1" is taken.</source>
        <translation>The user name "%1" is taken.</translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation>Could not create the user.</translation>
    </message>
    <message>
        <source>Created user %1 (id %2).</source>
        <translation>Created user %1 (id %2).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Could not reset the password.</source>
        <translation>Could not reset the password.</translation>
    </message>
    <message>
        <source>Password reset; the user's sessions have ended.</source>
        <translation>Password reset; the user's sessions have ended.</translation>
    </message>
    <message>
        <source>Folder for the database and TLS files.</source>
        <translation>Folder for the database and TLS files.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Address and port to listen on.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>End sessions idle this long.</source>
        <translation>End sessions idle this long.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>Language of messages: zh_CN or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>User name (create-user, reset-password).</source>
        <translation>User name (create-user, reset-password).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Display name (create-user).</source>
        <translation>Display name (create-user).</translation>
    </message>
    <message>
        <source>admin, reviewer, operator or inspector (create-user).</source>
        <translation>admin, reviewer, operator or inspector (create-user).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Town of an operator or inspector (create-user).</source>
        <translation>Town of an operator or inspector (create-user).</translation>
    </message>
    <message>
        <source>What to do; serve if omitted.</source>
        <translation>What to do; serve if omitted.</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, e.g. 127.0.0.1:%1</source>
        <translation>--listen wants HOST:PORT, e.g. 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>--session-idle-minutes wants a positive whole number.</source>
        <translation>--session-idle-minutes wants a positive whole number.</translation>
    </message>
    <message>
        <source>backup wants a target file.</source>
        <translation>backup wants a target file.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1.</source>
        <translation>Audit log BROKEN at entry %1.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>Audit log intact: %1 entries.</translation>
    </message>
    <message>
        <source>Unknown command "%1". See --help.</source>
        <translation>Unknown command "%1". See --help.</translation>
    </message>
    <message>
        <source>Another gridsafe-server is using %1; stop it first.</source>
        <translation>Another gridsafe-server is using %1; stop it first.</translation>
    </message>
    <message>
        <source>restore wants a backup file.</source>
        <translation>restore wants a backup file.</translation>
    </message>
    <message>
        <source>Restored from %1. Clients will reload their data on next connect.</source>
        <translation>Restored from %1. Clients will reload their data on next connect.</translation>
    </message>
    <message>
        <source>init wants --district NAME.</source>
        <translation>init wants --district NAME.</translation>
    </message>
    <message>
        <source>Created the district (id %1). Next: import-regions FILE, then create-user for each town's operators.</source>
        <translation>Created the district (id %1). Next: import-regions FILE, then create-user for each town's operators.</translation>
    </message>
    <message>
        <source>import-regions wants a readable CSV file.</source>
        <translation>import-regions wants a readable CSV file.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the rows above.</source>
        <translation>Nothing was imported; correct the rows above.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 already there.</source>
        <translation>Imported %1 rows: %2 created, %3 already there.</translation>
    </message>
    <message>
        <source>GridSafe server.

Commands: serve (default), init --district NAME [--code CODE], import-regions FILE, create-user, reset-password, backup FILE, restore FILE, verify-audit.</source>
        <translation>GridSafe server.

Commands: serve (default), init --district NAME [--code CODE], import-regions FILE, create-user, reset-password, backup FILE, restore FILE, verify-audit.</translation>
    </message>
    <message>
        <source>Name of the district, the root of the region tree (init).</source>
        <translation>Name of the district, the root of the region tree (init).</translation>
    </message>
    <message>
        <source>The district's 6-digit division code (init; optional).</source>
        <translation>The district's 6-digit division code (init; optional).</translation>
    </message>
    <message>
        <source>Seed demo data into an empty database: the district, accounts, and the pilot towns' grids staffed, certified and filed.</source>
        <translation>Seed demo data into an empty database: the district, accounts, and the pilot towns' grids staffed, certified and filed.</translation>
    </message>
    <message>
        <source>Seed only the demo district, accounts and a few grids (for scripts and tests that need free villages).</source>
        <translation>Seed only the demo district, accounts and a few grids (for scripts and tests that need free villages).</translation>
    </message>
    <message>
        <source>Most commands made durable by one commit (1: a commit per command).</source>
        <translation>Most commands made durable by one commit (1: a commit per command).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>--commit-batch wants a whole number from 1 to 4096.</source>
        <translation>--commit-batch wants a whole number from 1 to 4096.</translation>
    </message>
</context>
<context>
    <name>ServerCore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
</context>
<context>
    <name>SheetErrors</name>
    <message>
        <source>The file is not a valid .xlsx workbook (%1). Open it in Excel or WPS, save it again as .xlsx (Excel Workbook) and import that.</source>
        <translation>The file is not a valid .xlsx workbook (%1). Open it in Excel or WPS, save it again as .xlsx (Excel Workbook) and import that.</translation>
    </message>
    <message>
        <source>This is an old Excel .xls file: save it as .xlsx (Excel Workbook) and import that.</source>
        <translation>This is an old Excel .xls file: save it as .xlsx (Excel Workbook) and import that.</translation>
    </message>
    <message>
        <source>The file is password-protected (encrypted): open it in Excel or WPS, remove the password, save it as .xlsx and import that.</source>
        <translation>The file is password-protected (encrypted): open it in Excel or WPS, remove the password, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>This is an OpenDocument (.ods) spreadsheet: save it as .xlsx (Excel Workbook) and import that.</source>
        <translation>This is an OpenDocument (.ods) spreadsheet: save it as .xlsx (Excel Workbook) and import that.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows below its header row: split it into smaller files and import each.</source>
        <translation>The sheet has more than %1 rows below its header row: split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>The sheet has filled cells beyond column %1 (%2): delete the columns that are not needed and import again.</source>
        <translation>The sheet has filled cells beyond column %1 (%2): delete the columns that are not needed and import again.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells: split it into smaller files and import each.</source>
        <translation>The sheet has more than %1 cells: split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters, more than a cell may hold.</source>
        <translation>Cell %1 holds more than %2 characters, more than a cell may hold.</translation>
    </message>
    <message>
        <source>The workbook's part %1 unpacks to more than %2 MiB: the sheet is too large to import. Split it into smaller files and import each.</source>
        <translation>The workbook's part %1 unpacks to more than %2 MiB: the sheet is too large to import. Split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>The file was not read: reading was cancelled.</source>
        <translation>The file was not read: reading was cancelled.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB: split it into smaller files and import each.</source>
        <translation>The file is larger than %1 MiB: split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>it is not a zip archive</translation>
    </message>
    <message>
        <source>GridSafe reads .xlsx and .csv files: save the sheet as .xlsx (Excel Workbook) and import that.</source>
        <translation>GridSafe reads .xlsx and .csv files: save the sheet as .xlsx (Excel Workbook) and import that.</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Could not create the TLS certificate.</source>
        <translation>Could not create the TLS certificate.</translation>
    </message>
    <message>
        <source>Could not write the TLS certificate into %1.</source>
        <translation>Could not write the TLS certificate into %1.</translation>
    </message>
    <message>
        <source>Could not read the TLS key or certificate in %1.</source>
        <translation>Could not read the TLS key or certificate in %1.</translation>
    </message>
    <message>
        <source>The TLS key or certificate in %1 is damaged; move them away to make new ones (clients will warn that the certificate changed).</source>
        <translation>The TLS key or certificate in %1 is damaged; move them away to make new ones (clients will warn that the certificate changed).</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>The %1 %2 is in the future: record it once it has happened.</source>
        <translation>The %1 %2 is in the future: record it once it has happened.</translation>
    </message>
    <message>
        <source>Training hours must be between 0.5 and 24, in half hours; %1 is not.</source>
        <translation>Training hours must be between 0.5 and 24, in half hours; %1 is not.</translation>
    </message>
    <message>
        <source>Tick at least one inspector who attended.</source>
        <translation>Tick at least one inspector who attended.</translation>
    </message>
    <message>
        <source>%1 is an inspector of another town.</source>
        <translation>%1 is an inspector of another town.</translation>
    </message>
    <message>
        <source>training date</source>
        <translation>training date</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>training topic</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>Training %1 does not exist.</source>
        <translation>Training %1 does not exist.</translation>
    </message>
    <message>
        <source>This training was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>This training was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>exam date</source>
        <translation>exam date</translation>
    </message>
    <message>
        <source>exam subject</source>
        <translation>exam subject</translation>
    </message>
    <message>
        <source>The pass mark must be above 0 and at most 100.</source>
        <translation>The pass mark must be above 0 and at most 100.</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100; %1 is not.</source>
        <translation>The score must be between 0 and 100; %1 is not.</translation>
    </message>
    <message>
        <source>A certificate number has 3–32 letters, digits and hyphens; "%1" does not.</source>
        <translation>A certificate number has 3–32 letters, digits and hyphens; "%1" does not.</translation>
    </message>
    <message>
        <source>Certificate number %1 has already been issued.</source>
        <translation>Certificate number %1 has already been issued.</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>issue date</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</source>
        <translation>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</translation>
    </message>
    <message>
        <source>Exam %1 is not one of %2's exams.</source>
        <translation>Exam %1 is not one of %2's exams.</translation>
    </message>
    <message>
        <source>%1 did not pass that exam (%2 of %3 needed): a certificate needs a passed exam.</source>
        <translation>%1 did not pass that exam (%2 of %3 needed): a certificate needs a passed exam.</translation>
    </message>
    <message>
        <source>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</source>
        <translation>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</translation>
    </message>
    <message>
        <source>Certificate %1 does not exist.</source>
        <translation>Certificate %1 does not exist.</translation>
    </message>
    <message>
        <source>Certificate %1 was already revoked on %2.</source>
        <translation>Certificate %1 was already revoked on %2.</translation>
    </message>
    <message>
        <source>reason for revoking</source>
        <translation>reason for revoking</translation>
    </message>
    <message>
        <source>A training plan is made for last year, this year or next year (%1–%2), not %3.</source>
        <translation>A training plan is made for last year, this year or next year (%1–%2), not %3.</translation>
    </message>
    <message>
        <source>The %1 training plan was changed by someone else after you opened it. Open it again and apply your change.</source>
        <translation>The %1 training plan was changed by someone else after you opened it. Open it again and apply your change.</translation>
    </message>
    <message>
        <source>Required hours per inspector must be between 0 and 200.</source>
        <translation>Required hours per inspector must be between 0 and 200.</translation>
    </message>
    <message>
        <source>A plan holds at most %1 sessions.</source>
        <translation>A plan holds at most %1 sessions.</translation>
    </message>
    <message>
        <source>Month %1 is not a month of the year.</source>
        <translation>Month %1 is not a month of the year.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>A training records at most %1 attendees.</source>
        <translation>A training records at most %1 attendees.</translation>
    </message>
</context>
<context>
    <name>TrainingRules</name>
    <message>
        <source>Choose the %1.</source>
        <translation>Choose the %1.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the future: record it once it has happened.</source>
        <translation>The %1 %2 is in the future: record it once it has happened.</translation>
    </message>
    <message>
        <source>Training hours must be between 0.5 and 24, in half hours; %1 is not.</source>
        <translation>Training hours must be between 0.5 and 24, in half hours; %1 is not.</translation>
    </message>
    <message>
        <source>A certificate number has 3–32 letters, digits and hyphens; "%1" does not.</source>
        <translation>A certificate number has 3–32 letters, digits and hyphens; "%1" does not.</translation>
    </message>
    <message>
        <source>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</source>
        <translation>A certificate is valid for up to %1 years after it is issued: choose an expiry date after %2 and no later than %3.</translation>
    </message>
    <message>
        <source>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</source>
        <translation>The exam of %1 cannot support a certificate issued on %2: it must be passed within the year before.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>User %1 does not exist.</source>
        <translation>User %1 does not exist.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>display name</translation>
    </message>
    <message>
        <source>Unknown role "%1": use admin, reviewer, operator or inspector.</source>
        <translation>Unknown role "%1": use admin, reviewer, operator or inspector.</translation>
    </message>
    <message>
        <source>A town operator or inspector needs a town.</source>
        <translation>A town operator or inspector needs a town.</translation>
    </message>
    <message>
        <source>Administrators and reviewers are not bound to a town.</source>
        <translation>Administrators and reviewers are not bound to a town.</translation>
    </message>
    <message>
        <source>The user name "%1" is taken.</source>
        <translation>The user name "%1" is taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Your password was changed meanwhile; enter the new one as the current password and try again.</source>
        <translation>Your password was changed meanwhile; enter the new one as the current password and try again.</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>it holds no workbook</source>
        <translation>it holds no workbook</translation>
    </message>
    <message>
        <source>it holds no worksheet</source>
        <translation>it holds no worksheet</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook holds more than %1 different texts: split it into smaller files and import each.</source>
        <translation>The workbook holds more than %1 different texts: split it into smaller files and import each.</translation>
    </message>
    <message>
        <source>A text in the workbook holds more than %1 characters, more than a cell may hold.</source>
        <translation>A text in the workbook holds more than %1 characters, more than a cell may hold.</translation>
    </message>
    <message>
        <source>its part %1 ends inside a text</source>
        <translation>its part %1 ends inside a text</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>a row is numbered “%1”</source>
        <translation>a row is numbered “%1”</translation>
    </message>
    <message>
        <source>a cell is named “%1”</source>
        <translation>a cell is named “%1”</translation>
    </message>
    <message>
        <source>cell %1 names a shared text that is missing</source>
        <translation>cell %1 names a shared text that is missing</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>a sheet holds at most %1 rows</source>
        <translation>a sheet holds at most %1 rows</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 columns</source>
        <translation>a sheet holds at most %1 columns</translation>
    </message>
    <message>
        <source>row %1 has a text longer than the %2 characters a cell may hold</source>
        <translation>row %1 has a text longer than the %2 characters a cell may hold</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced; if it is open in Excel or WPS, close it and try again</source>
        <translation>the existing file cannot be replaced; if it is open in Excel or WPS, close it and try again</translation>
    </message>
    <message>
        <source>the finished file cannot be moved into place</source>
        <translation>the finished file cannot be moved into place</translation>
    </message>
</context>
<context>
    <name>XmlPartReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>its part %1 ends too early</source>
        <translation>its part %1 ends too early</translation>
    </message>
    <message>
        <source>its part %1 declares a DTD</source>
        <translation>its part %1 declares a DTD</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>it is not a zip archive</translation>
    </message>
    <message>
        <source>its zip archive is damaged or incomplete</source>
        <translation>its zip archive is damaged or incomplete</translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation>it has no part %1</translation>
    </message>
    <message>
        <source>its part %1 cannot be opened: %2</source>
        <translation>its part %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>ZipEntry</name>
    <message>
        <source>its part %1 is damaged: %2</source>
        <translation>its part %1 is damaged: %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::AboutDialog</name>
    <message>
        <source>About GridSafe</source>
        <translation>About GridSafe</translation>
    </message>
    <message>
        <source>Grid-based safety supervision for the towns of a development zone.</source>
        <translation>Grid-based safety supervision for the towns of a development zone.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Certificate (SHA-256):</source>
        <translation>Certificate (SHA-256):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgenciesPage</name>
    <message>
        <source>Find by name, credit code or contact (Ctrl+F)</source>
        <translation>Find by name, credit code or contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <extracomment>新建技术服务机构</extracomment>
        <translation>&amp;New agency…</translation>
    </message>
    <message>
        <source>&amp;Edit agency…</source>
        <extracomment>编辑技术服务机构</extracomment>
        <translation>&amp;Edit agency…</translation>
    </message>
    <message>
        <source>&amp;Technical service agencies, ranked by growth value</source>
        <extracomment>技术服务机构名录（按成长值排名）</extracomment>
        <translation>&amp;Technical service agencies, ranked by growth value</translation>
    </message>
    <message>
        <source>&amp;Find agency…</source>
        <translation>&amp;Find agency…</translation>
    </message>
    <message>
        <source>No agencies registered yet.</source>
        <translation>No agencies registered yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 shown · %n agency(ies)</source>
        <translation>
            <numerusform>%1 shown · %n agency</numerusform>
            <numerusform>%1 shown · %n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies), %1 on the city's list</source>
        <extracomment>共 %n 家，其中 %1 家列入市级名录</extracomment>
        <translation>
            <numerusform>%n agency, %1 on the city's list</numerusform>
            <numerusform>%n agencies, %1 on the city's list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyChooser</name>
    <message>
        <source>Choose an agency</source>
        <extracomment>请选择技术服务机构</extracomment>
        <translation>Choose an agency</translation>
    </message>
    <message>
        <source>%1 — not on the city's list</source>
        <extracomment>An agency that cannot be hired: 不在市级名录.</extracomment>
        <translation>%1 — not on the city's list</translation>
    </message>
    <message>
        <source>%1. %2 — growth value %3</source>
        <extracomment>Rank, name and growth value (成长值): "1. 常州安泰… — 成长值 892".</extracomment>
        <translation>%1. %2 — growth value %3</translation>
    </message>
    <message>
        <source>%1 — not scored</source>
        <extracomment>未评分: no growth value (成长值) yet.</extracomment>
        <translation>%1 — not scored</translation>
    </message>
    <message>
        <source>Only an agency on the city's list of technical service agencies can get a contract.</source>
        <translation>Only an agency on the city's list of technical service agencies can get a contract.</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyEditDialog</name>
    <message>
        <source>New technical service agency</source>
        <extracomment>新建技术服务机构</extracomment>
        <translation>New technical service agency</translation>
    </message>
    <message>
        <source>Edit agency %1</source>
        <extracomment>编辑技术服务机构
----------
修改技术服务机构 %1</extracomment>
        <translation>Edit agency %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>On the city's &amp;list of technical service agencies</source>
        <extracomment>列入市级技术服务机构名录</extracomment>
        <translation>On the city's &amp;list of technical service agencies</translation>
    </message>
    <message>
        <source>Only an agency on the city's list can get a service contract with a town.</source>
        <translation>Only an agency on the city's list can get a service contract with a town.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <extracomment>No growth value (成长值) yet: 未评分.</extracomment>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>e.g. 13912345678 or 0519-88001234</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>机构名称</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>scored &amp;on</source>
        <extracomment>Between a growth value and the day it was scored: "成长值 892，评定日期 2026-01-05".</extracomment>
        <translation>scored &amp;on</translation>
    </message>
    <message>
        <source>&amp;Growth value:</source>
        <extracomment>成长值</extracomment>
        <translation>&amp;Growth value:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <extracomment>联系人</extracomment>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>An agency with code %1 is already registered: "%2".</source>
        <translation>An agency with code %1 is already registered: "%2".</translation>
    </message>
    <message>
        <source>An agency with code %1 is waiting to be sent: "%2".</source>
        <translation>An agency with code %1 is waiting to be sent: "%2".</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>agency name</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Register agency %1</source>
        <extracomment>新建技术服务机构 %1</extracomment>
        <translation>Register agency %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyTableModel</name>
    <message>
        <source>Yes</source>
        <extracomment>On the city's list (市级名录): 是 / 否.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A contact person and their phone: "王经理 0519-86881001".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates town names; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not on the city's list of technical service agencies: a town cannot sign a contract with it.</source>
        <translation>Not on the city's list of technical service agencies: a town cannot sign a contract with it.</translation>
    </message>
    <message>
        <source>Holds a service contract in force today with %1.</source>
        <translation>Holds a service contract in force today with %1.</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>排名 (by growth value)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>机构名称</extracomment>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Credit code</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>City list</source>
        <extracomment>市级名录</extracomment>
        <translation>City list</translation>
    </message>
    <message>
        <source>Growth value (date)</source>
        <extracomment>成长值（评定日期）</extracomment>
        <translation>Growth value (date)</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>联系人及电话</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contracts in force (towns)</source>
        <extracomment>在履行服务合同的镇（街道）</extracomment>
        <translation>Contracts in force (towns)</translation>
    </message>
</context>
<context>
    <name>gridsafe::AgencyTownPanel</name>
    <message>
        <source>T&amp;own:</source>
        <translation>T&amp;own:</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <extracomment>签订服务合同</extracomment>
        <translation>New &amp;contract…</translation>
    </message>
    <message>
        <source>Te&amp;rminate…</source>
        <extracomment>提前终止服务合同</extracomment>
        <translation>Te&amp;rminate…</translation>
    </message>
    <message>
        <source>End the selected contract before its last day</source>
        <translation>End the selected contract before its last day</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <extracomment>登记单独指导服务</extracomment>
        <translation>New en&amp;gagement…</translation>
    </message>
    <message>
        <source>&amp;Service contracts</source>
        <extracomment>服务合同</extracomment>
        <translation>&amp;Service contracts</translation>
    </message>
    <message>
        <source>Coaching on the agency's own &amp;account</source>
        <extracomment>单独指导服务</extracomment>
        <translation>Coaching on the agency's own &amp;account</translation>
    </message>
    <message>
        <source>Contracts and coaching in %1</source>
        <extracomment>遥观镇的服务合同与单独指导服务</extracomment>
        <translation>Contracts and coaching in %1</translation>
    </message>
    <message>
        <source>No town to show yet: the regions arrive with the next sync.</source>
        <translation>No town to show yet: the regions arrive with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlap(s) the exclusivity rule forbids: an agency under contract with the town also coaches its enterprises on its own account.</source>
        <extracomment>违反排他性规则的重叠: a contract and the same agency's 单独指导服务 in the town.</extracomment>
        <translation>
            <numerusform>%n overlap the exclusivity rule forbids: an agency under contract with the town also coaches its enterprises on its own account.</numerusform>
            <numerusform>%n overlaps the exclusivity rule forbids: an agency under contract with the town also coaches its enterprises on its own account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::CertificateIssueDialog</name>
    <message>
        <source>Issue certificate to %1</source>
        <extracomment>发放上岗证: the certificate that lets an inspector hold a grid (上岗证).</extracomment>
        <translation>Issue certificate to %1</translation>
    </message>
    <message>
        <source>e.g. YG-2026-041</source>
        <translation>e.g. YG-2026-041</translation>
    </message>
    <message>
        <source>3–32 letters A–Z, digits and hyphens, never issued before in the district.</source>
        <translation>3–32 letters A–Z, digits and hyphens, never issued before in the district.</translation>
    </message>
    <message>
        <source>Issue</source>
        <extracomment>发证</extracomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>&amp;Passed exam:</source>
        <extracomment>The passed exam (考核) the certificate rests on.</extracomment>
        <translation>&amp;Passed exam:</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>Certificate &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4</source>
        <extracomment>A passed exam in the list: its day, subject, and score of pass mark.</extracomment>
        <translation>%1 %2 — %3 of %4</translation>
    </message>
    <message>
        <source>%1 has no passed exam. A certificate rests on a passed exam: record one first.</source>
        <translation>%1 has no passed exam. A certificate rests on a passed exam: record one first.</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valid until %2)</translation>
    </message>
    <message>
        <source>%1 holds no valid certificate and cannot be given a grid until one is issued.</source>
        <translation>%1 holds no valid certificate and cannot be given a grid until one is issued.</translation>
    </message>
    <message>
        <source>%1 already holds %2.</source>
        <translation>%1 already holds %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Certificate number %1 has already been issued.</source>
        <translation>Certificate number %1 has already been issued.</translation>
    </message>
    <message>
        <source>Certificate number %1 is already on a certificate waiting to be sent.</source>
        <translation>Certificate number %1 is already on a certificate waiting to be sent.</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>issue date</translation>
    </message>
    <message>
        <source>Issue certificate %1 to %2</source>
        <extracomment>The outbox's summary: 发放上岗证 YG-2026-041 给 张伟.</extracomment>
        <translation>Issue certificate %1 to %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::CertificateRevokeDialog</name>
    <message>
        <source>Revoke certificate %1</source>
        <extracomment>吊销上岗证: the certificate (上岗证) is withdrawn for good (吊销).
----------
The outbox's summary: 吊销上岗证 YG-2026-001.</extracomment>
        <translation>Revoke certificate %1</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 (valid until %3) will be revoked today, for good. Why? (required)</source>
        <translation>Certificate %1 of %2 (valid until %3) will be revoked today, for good. Why? (required)</translation>
    </message>
    <message>
        <source>e.g. left the village committee in March; no longer an inspector</source>
        <translation>e.g. left the village committee in March; no longer an inspector</translation>
    </message>
    <message>
        <source>Revoke</source>
        <extracomment>吊销</extracomment>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>This certificate was already revoked on %1.</source>
        <translation>This certificate was already revoked on %1.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>%1 keeps certificate %2 (valid until %3), so %4 stay covered.</source>
        <translation>%1 keeps certificate %2 (valid until %3), so %4 stay covered.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is the inspector of %2 and holds no other valid certificate: these grids become coverage gaps until a certified inspector takes them over.</source>
        <extracomment>覆盖缺口: a grid whose inspector holds no valid certificate (持证上岗).</extracomment>
        <translation>%1 is the inspector of %2 and holds no other valid certificate: these grids become coverage gaps until a certified inspector takes them over.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>reason for revoking</source>
        <translation>reason for revoking</translation>
    </message>
</context>
<context>
    <name>gridsafe::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Where else you are logged in with the old password, you are logged out. Offline, the change is sent when the connection is back.</source>
        <translation>Where else you are logged in with the old password, you are logged out. Offline, the change is sent when the connection is back.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
</context>
<context>
    <name>gridsafe::ClientSession</name>
    <message>
        <source>Log in before making changes.</source>
        <translation>Log in before making changes.</translation>
    </message>
    <message>
        <source>Only a change the server refused can be discarded.</source>
        <translation>Only a change the server refused can be discarded.</translation>
    </message>
    <message>
        <source>Not connected to the server; this needs the server. Try again when the link is back.</source>
        <translation>Not connected to the server; this needs the server. Try again when the link is back.</translation>
    </message>
</context>
<context>
    <name>gridsafe::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>The connection was closed.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Cannot reach the server %1: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>The server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3
Someone may be intercepting the connection. Do not continue unless your administrator confirms the server was given a new certificate.</source>
        <translation>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3
Someone may be intercepting the connection. Do not continue unless your administrator confirms the server was given a new certificate.</translation>
    </message>
    <message>
        <source>First connection to %1. Its certificate fingerprint is
%2
Compare it with the one the server administrator gave you.</source>
        <translation>First connection to %1. Its certificate fingerprint is
%2
Compare it with the one the server administrator gave you.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3</source>
        <translation>WARNING: the certificate of %1 has CHANGED.
Pinned: %2
Now:    %3</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server sent an oversized frame.</source>
        <translation>The server sent an oversized frame.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>The connection to the server was lost.</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractDialog</name>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>New service contract of %1</source>
        <extracomment>签订技术服务合同</extracomment>
        <translation>New service contract of %1</translation>
    </message>
    <message>
        <source>e.g. technical support for hazard checks, coaching of inspectors</source>
        <extracomment>Example scope (服务内容): 隐患排查技术支撑、网格员业务指导.</extracomment>
        <translation>e.g. technical support for hazard checks, coaching of inspectors</translation>
    </message>
    <message>
        <source>Make contract</source>
        <extracomment>签订</extracomment>
        <translation>Make contract</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>技术服务机构</extracomment>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and the last day of a period: 至.</extracomment>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>合同期限</extracomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <extracomment>服务内容</extracomment>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Grids supported (tick at least one):</source>
        <extracomment>服务网格: tick the grids the agency supports.</extracomment>
        <translation>&amp;Grids supported (tick at least one):</translation>
    </message>
    <message>
        <source>The server refused this contract: %1</source>
        <translation>The server refused this contract: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>"%1" already has a contract with %2 from %3 to %4 (waiting to be sent).</source>
        <translation>"%1" already has a contract with %2 from %3 to %4 (waiting to be sent).</translation>
    </message>
    <message>
        <source>"%1" already has a contract with %2 from %3 to %4.</source>
        <translation>"%1" already has a contract with %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>During this period "%1" also coaches these enterprises of the town on its own account. The contract can be made, but these engagements then break the exclusivity rule and are listed as overlaps for the town to settle:
%2</source>
        <extracomment>排他性规则: the contract is made, and these 单独指导服务 are listed as overlaps.</extracomment>
        <translation>During this period "%1" also coaches these enterprises of the town on its own account. The contract can be made, but these engagements then break the exclusivity rule and are listed as overlaps for the town to settle:
%2</translation>
    </message>
    <message>
        <source>Choose an agency on the city's list.</source>
        <translation>Choose an agency on the city's list.</translation>
    </message>
    <message>
        <source>scope of service</source>
        <translation>scope of service</translation>
    </message>
    <message>
        <source>Tick the grids the agency supports.</source>
        <translation>Tick the grids the agency supports.</translation>
    </message>
    <message>
        <source>Service contract of %1 with %2</source>
        <extracomment>The outbox's summary: 遥观镇 与 常州安泰… 签订服务合同.</extracomment>
        <translation>Service contract of %1 with %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractTableModel</name>
    <message>
        <source>grid %1</source>
        <translation>grid %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates grid names; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>While this contract binds, %1 also coaches enterprises of the town on its own account: the exclusivity rule forbids it. Settle these engagements.</source>
        <extracomment>排他性规则: an agency under contract with a town may not coach its enterprises on its own.</extracomment>
        <translation>While this contract binds, %1 also coaches enterprises of the town on its own account: the exclusivity rule forbids it. Settle these engagements.</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>技术服务机构</extracomment>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>合同期限</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>状态</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grids supported</source>
        <extracomment>服务网格</extracomment>
        <translation>Grids supported</translation>
    </message>
    <message>
        <source>Overlapping engagements</source>
        <extracomment>与单独指导服务重叠</extracomment>
        <translation>Overlapping engagements</translation>
    </message>
    <message>
        <source>%1: the contract (%2) overlaps its own coaching of %3 (%4).</source>
        <extracomment>重叠: "安泰 的服务合同（…）与其对 某厂 的单独指导服务（…）重叠".</extracomment>
        <translation>%1: the contract (%2) overlaps its own coaching of %3 (%4).</translation>
    </message>
</context>
<context>
    <name>gridsafe::ContractTerminateDialog</name>
    <message>
        <source>End the contract of %1 early</source>
        <extracomment>提前终止服务合同</extracomment>
        <translation>End the contract of %1 early</translation>
    </message>
    <message>
        <source>The contract of "%1" (%2) will stop binding after the day chosen; the agency may then coach the town's enterprises on its own account again.</source>
        <translation>The contract of "%1" (%2) will stop binding after the day chosen; the agency may then coach the town's enterprises on its own account again.</translation>
    </message>
    <message>
        <source>e.g. the agency was removed from the city's list in May</source>
        <translation>e.g. the agency was removed from the city's list in May</translation>
    </message>
    <message>
        <source>End contract</source>
        <extracomment>终止合同</extracomment>
        <translation>End contract</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <extracomment>终止日期: the last day the contract binds.</extracomment>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <extracomment>终止原因</extracomment>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>This contract was already ended on %1.</source>
        <translation>This contract was already ended on %1.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>reason for ending</source>
        <translation>reason for ending</translation>
    </message>
    <message>
        <source>End the contract of %1 on %2</source>
        <extracomment>The outbox's summary: 提前终止 常州安泰… 的服务合同.</extracomment>
        <translation>End the contract of %1 on %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::CoverageGapsModel</name>
    <message>
        <source>never filed</source>
        <translation>never filed</translation>
    </message>
    <message>
        <source>No. %1 returned</source>
        <translation>No. %1 returned</translation>
    </message>
    <message>
        <source>No. %1 out of date: changed since</source>
        <translation>No. %1 out of date: changed since</translation>
    </message>
    <message>
        <source>No. %1 waiting for the district</source>
        <translation>No. %1 waiting for the district</translation>
    </message>
    <message>
        <source>No. %1 filed</source>
        <translation>No. %1 filed</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go where it is fixed.</source>
        <translation>Double-click or press Enter to go where it is fixed.</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>gridsafe::CreditCodeEdit</name>
    <message>
        <source>18 characters, e.g. 91320411MA1XKQ7P30</source>
        <translation>18 characters, e.g. 91320411MA1XKQ7P30</translation>
    </message>
    <message>
        <source>The unified social credit code on the business licence: 18 digits and capital letters (never I, O, Z, S or V). Spaces and full-width characters are fine.</source>
        <extracomment>统一社会信用代码 (GB 32100-2015)</extracomment>
        <translation>The unified social credit code on the business licence: 18 digits and capital letters (never I, O, Z, S or V). Spaces and full-width characters are fine.</translation>
    </message>
</context>
<context>
    <name>gridsafe::DashboardPage</name>
    <message>
        <source>Coverage of the grid network</source>
        <translation>Coverage of the grid network</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>no gaps</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>No towns yet.</source>
        <translation>No towns yet.</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <extracomment>A town's line on the dashboard: town, its gaps, its filing (Chinese uses "：").</extracomment>
        <translation>%1: %2 · %3</translation>
    </message>
</context>
<context>
    <name>gridsafe::DesktopApp</name>
    <message>
        <source>No screenshot: the login or the first sync did not finish in time.</source>
        <translation>No screenshot: the login or the first sync did not finish in time.</translation>
    </message>
    <message>
        <source>--pin wants a SHA-256 fingerprint as 32 hex pairs, e.g. AB:CD:…</source>
        <translation>--pin wants a SHA-256 fingerprint as 32 hex pairs, e.g. AB:CD:…</translation>
    </message>
    <message>
        <source>--pin needs the server it belongs to (--server HOST:PORT).</source>
        <translation>--pin needs the server it belongs to (--server HOST:PORT).</translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in %1.</source>
        <translation>Cannot save the trusted fingerprint in %1.</translation>
    </message>
    <message>
        <source>Log in again to continue.</source>
        <translation>Log in again to continue.</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>No screenshot: %1</translation>
    </message>
    <message>
        <source>No screenshot: the main window is gone.</source>
        <translation>No screenshot: the main window is gone.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Screenshot saved to %1</translation>
    </message>
    <message>
        <source>The server cannot be reached and this computer has no local copy for this user yet: %1</source>
        <translation>The server cannot be reached and this computer has no local copy for this user yet: %1</translation>
    </message>
    <message>
        <source>Log in as another user.</source>
        <translation>Log in as another user.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
</context>
<context>
    <name>gridsafe::EngagementDialog</name>
    <message>
        <source>New coaching engagement in %1</source>
        <extracomment>登记单独指导服务</extracomment>
        <translation>New coaching engagement in %1</translation>
    </message>
    <message>
        <source>Optional, e.g. coaching on combustible dust</source>
        <extracomment>Example note (备注): 粉尘涉爆专项指导.</extracomment>
        <translation>Optional, e.g. coaching on combustible dust</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>登记</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>技术服务机构</extracomment>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <extracomment>企业名称</extracomment>
        <translation>&amp;Enterprise:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <extracomment>企业的统一社会信用代码</extracomment>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Between the first and the last day of a period: 至.</extracomment>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>服务期限</extracomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>备注</extracomment>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The server refused this engagement: %1</source>
        <translation>The server refused this engagement: %1</translation>
    </message>
    <message>
        <source>"%1" serves %2 under a service contract from %3 to %4. While it does, it may not also coach the town's enterprises on its own account: the server refuses this engagement. Choose a period outside the contract, or another agency.</source>
        <extracomment>排他性规则: an agency under contract with a town may not coach its enterprises on its own (单独指导服务).</extracomment>
        <translation>"%1" serves %2 under a service contract from %3 to %4. While it does, it may not also coach the town's enterprises on its own account: the server refuses this engagement. Choose a period outside the contract, or another agency.</translation>
    </message>
    <message>
        <source>Choose the agency that coaches the enterprise.</source>
        <translation>Choose the agency that coaches the enterprise.</translation>
    </message>
    <message>
        <source>enterprise name</source>
        <translation>enterprise name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Not sent: a contract of this agency with the town binds during this period.</source>
        <translation>Not sent: a contract of this agency with the town binds during this period.</translation>
    </message>
    <message>
        <source>Coaching of %1 by %2</source>
        <extracomment>The outbox's summary: 登记单独指导服务：常州安泰… 指导 某某厂.</extracomment>
        <translation>Coaching of %1 by %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::EngagementTableModel</name>
    <message>
        <source>Overlaps the contract %1</source>
        <extracomment>与服务合同（%1）重叠</extracomment>
        <translation>Overlaps the contract %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 holds a service contract with the town during this engagement: the exclusivity rule forbids coaching the town's enterprises on its own account meanwhile.</source>
        <translation>%1 holds a service contract with the town during this engagement: the exclusivity rule forbids coaching the town's enterprises on its own account meanwhile.</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>技术服务机构</extracomment>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <extracomment>企业名称</extracomment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Credit code</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>服务期限</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>备注</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>与服务合同重叠</extracomment>
        <translation>Overlap</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Register an enterprise (Ctrl+N)</source>
        <translation>Register an enterprise (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>The enterprise's information (F2)</source>
        <translation>The enterprise's information (F2)</translation>
    </message>
    <message>
        <source>&amp;Grid or direct…</source>
        <translation>&amp;Grid or direct…</translation>
    </message>
    <message>
        <source>Put the selected enterprises in a grid, or under the town's direct supervision</source>
        <translation>Put the selected enterprises in a grid, or under the town's direct supervision</translation>
    </message>
    <message>
        <source>&amp;Risk report…</source>
        <translation>&amp;Risk report…</translation>
    </message>
    <message>
        <source>Record the enterprise's latest risk report</source>
        <translation>Record the enterprise's latest risk report</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>What changed, when and by whom</source>
        <translation>What changed, when and by whom</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import enterprises from an Excel or CSV file</source>
        <translation>Import enterprises from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Not possible until the new enterprise has been sent to the server</source>
        <translation>Not possible until the new enterprise has been sent to the server</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseEditDialog</name>
    <message>
        <source>Enterprise information — %1</source>
        <extracomment>企业信息 — %1 / 登记企业</extracomment>
        <translation>Enterprise information — %1</translation>
    </message>
    <message>
        <source>Register an enterprise</source>
        <translation>Register an enterprise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Basic information</source>
        <extracomment>基本信息</extracomment>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>C&amp;redit code:</source>
        <extracomment>统一社会信用代码</extracomment>
        <translation>C&amp;redit code:</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <extracomment>e.g. 常州某某机械有限公司</extracomment>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>企业名称</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <extracomment>地址</extracomment>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <extracomment>所属镇（街道）</extracomment>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Village or community:</source>
        <extracomment>所在村（社区、园区）</extracomment>
        <translation>&amp;Village or community:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <extracomment>法定代表人</extracomment>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>Safety &amp;contact:</source>
        <extracomment>安全负责人</extracomment>
        <translation>Safety &amp;contact:</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>e.g. 13912345678 or 0519-88001234</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <extracomment>联系电话</extracomment>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <extracomment>位置 (optional map position)</extracomment>
        <translation>Location (optional)</translation>
    </message>
    <message>
        <source>e.g. 120.0563</source>
        <translation>e.g. 120.0563</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <extracomment>经度</extracomment>
        <translation>Lon&amp;gitude:</translation>
    </message>
    <message>
        <source>e.g. 31.7702</source>
        <translation>e.g. 31.7702</translation>
    </message>
    <message>
        <source>La&amp;titude:</source>
        <extracomment>纬度</extracomment>
        <translation>La&amp;titude:</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>分类</extracomment>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Type to search, e.g. C34</source>
        <translation>Type to search, e.g. C34</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <extracomment>国民经济行业 (GB/T 4754)</extracomment>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>None (not a key industry)</source>
        <extracomment>非重点行业</extracomment>
        <translation>None (not a key industry)</translation>
    </message>
    <message>
        <source>&amp;Key sector:</source>
        <extracomment>工贸重点行业（冶金、有色、建材、机械、轻工、纺织、烟草、商贸）</extracomment>
        <translation>&amp;Key sector:</translation>
    </message>
    <message>
        <source>&amp;Focus flags:</source>
        <extracomment>专项关注（粉尘涉爆、涉氨制冷、有限空间…）</extracomment>
        <translation>&amp;Focus flags:</translation>
    </message>
    <message>
        <source>Others, separated by commas</source>
        <extracomment>Flags a town records in its own words, separated by 、 or commas.</extracomment>
        <translation>Others, separated by commas</translation>
    </message>
    <message>
        <source>Ot&amp;her flags:</source>
        <translation>Ot&amp;her flags:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <extracomment>规模（规上 / 规下）</extracomment>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>Not given</source>
        <extracomment>No number of employees given (未填).</extracomment>
        <translation>Not given</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <extracomment>从业人数</extracomment>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <extracomment>生产状态</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Supervision</source>
        <extracomment>监管</extracomment>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>In a &amp;grid:</source>
        <extracomment>纳入网格</extracomment>
        <translation>In a &amp;grid:</translation>
    </message>
    <message>
        <source>The town's grids in use, with their inspectors. The grid covering the enterprise's village is suggested.</source>
        <translation>The town's grids in use, with their inspectors. The grid covering the enterprise's village is suggested.</translation>
    </message>
    <message>
        <source>Supervised &amp;directly by the town, because:</source>
        <extracomment>镇（街道）直管</extracomment>
        <translation>Supervised &amp;directly by the town, because:</translation>
    </message>
    <message>
        <source>e.g. a hazardous-chemicals dealer the town's safety office inspects itself</source>
        <extracomment>e.g. 危险化学品经营企业，由镇安监办直接监管</extracomment>
        <translation>e.g. a hazardous-chemicals dealer the town's safety office inspects itself</translation>
    </message>
    <message>
        <source>N&amp;ot supervised yet</source>
        <extracomment>未纳入</extracomment>
        <translation>N&amp;ot supervised yet</translation>
    </message>
    <message>
        <source>Neither in a grid nor supervised directly by the town: a gap in covering every industrial enterprise.</source>
        <translation>Neither in a grid nor supervised directly by the town: a gap in covering every industrial enterprise.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No village, community or park chosen.</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>A grid no longer in use (已撤销).</extracomment>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>This town has no grid in use</source>
        <translation>This town has no grid in use</translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation>Choose a grid</translation>
    </message>
    <message>
        <source>Patrol category: %1</source>
        <extracomment>巡查类别：重点行业 / 非重点规上 / 非重点规下</extracomment>
        <translation>Patrol category: %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Choose the enterprise's town or street.</source>
        <translation>Choose the enterprise's town or street.</translation>
    </message>
    <message>
        <source>"%1" is not an industry division of GB/T 4754 that the register knows: choose one from the list (type part of its name or code to find it).</source>
        <translation>"%1" is not an industry division of GB/T 4754 that the register knows: choose one from the list (type part of its name or code to find it).</translation>
    </message>
    <message>
        <source>"%1" is not a number of degrees, e.g. 120.0563.</source>
        <translation>"%1" is not a number of degrees, e.g. 120.0563.</translation>
    </message>
    <message>
        <source>Choose the grid the enterprise is in.</source>
        <translation>Choose the grid the enterprise is in.</translation>
    </message>
    <message>
        <source>This town has no grid in use: supervise it directly, or create a grid on the Grids page first.</source>
        <translation>This town has no grid in use: supervise it directly, or create a grid on the Grids page first.</translation>
    </message>
    <message>
        <source>Grid "%1" is retired: choose a grid in use.</source>
        <translation>Grid "%1" is retired: choose a grid in use.</translation>
    </message>
    <message>
        <source>Say why the town supervises the enterprise directly.</source>
        <translation>Say why the town supervises the enterprise directly.</translation>
    </message>
    <message>
        <source>Credit code %1 is already registered, for "%2".</source>
        <translation>Credit code %1 is already registered, for "%2".</translation>
    </message>
    <message>
        <source>Credit code %1 is already given to "%2", waiting to be sent.</source>
        <translation>Credit code %1 is already given to "%2", waiting to be sent.</translation>
    </message>
    <message>
        <source>Edit enterprise %1</source>
        <extracomment>The outbox's summary: 修改企业 %1</extracomment>
        <translation>Edit enterprise %1</translation>
    </message>
    <message>
        <source>Register enterprise %1</source>
        <extracomment>The outbox's summary: 登记企业 %1</extracomment>
        <translation>Register enterprise %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseFilterBar</name>
    <message>
        <source>Name or credit code</source>
        <translation>Name or credit code</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <source>S&amp;upervision:</source>
        <translation>S&amp;upervision:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Not a key sector</source>
        <translation>Not a key sector</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Other focus</source>
        <translation>Other focus</translation>
    </message>
    <message>
        <source>In a grid</source>
        <translation>In a grid</translation>
    </message>
    <message>
        <source>Town (direct)</source>
        <translation>Town (direct)</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>All grids</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseHistoryDialog</name>
    <message>
        <source>&amp;Retry</source>
        <extracomment>重试</extracomment>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>History of %1</source>
        <extracomment>变更记录 — %1 (the enterprise's name)</extracomment>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>时间</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>操作人</extracomment>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>操作</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>字段</extracomment>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>原值</extracomment>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>新值</extracomment>
        <translation>After</translation>
    </message>
    <message>
        <source>Reported on</source>
        <extracomment>报告日期</extracomment>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>报告类型</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>风险等级</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>备注</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <extracomment>录入人</extracomment>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>This enterprise is still waiting to be sent to the server: it has no history yet.</source>
        <translation>This enterprise is still waiting to be sent to the server: it has no history yet.</translation>
    </message>
    <message>
        <source>Reading the history from the server…</source>
        <extracomment>正在读取…</extracomment>
        <translation>Reading the history from the server…</translation>
    </message>
    <message>
        <source>The history is kept on the server, which cannot be reached now. It is shown as soon as the link is back; or try again.</source>
        <translation>The history is kept on the server, which cannot be reached now. It is shown as soon as the link is back; or try again.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <extracomment>When a report was entered: 录入于 2026-03-02 09:30</extracomment>
        <translation>Recorded at %1</translation>
    </message>
    <message>
        <source>No risk report recorded.</source>
        <translation>No risk report recorded.</translation>
    </message>
    <message>
        <source>&amp;Changes (%1)</source>
        <extracomment>信息变更 (%1 entries)</extracomment>
        <translation>&amp;Changes (%1)</translation>
    </message>
    <message>
        <source>Risk &amp;reports (%1)</source>
        <extracomment>风险报告 (%1)</extracomment>
        <translation>Risk &amp;reports (%1)</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>登记</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Edited</source>
        <extracomment>修改</extracomment>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Supervision changed</source>
        <extracomment>调整监管</extracomment>
        <translation>Supervision changed</translation>
    </message>
    <message>
        <source>Risk report</source>
        <extracomment>风险报告</extracomment>
        <translation>Risk report</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>导入</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A value that is not there (an empty field) in the history.</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list, e.g. focus flags; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Import enterprise list</source>
        <extracomment>导入企业名录</extracomment>
        <translation>Import enterprise list</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>取消</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>开始检查</extracomment>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>停止</extracomment>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Import valid rows (%1)</source>
        <extracomment>导入有效记录（N 行）</extracomment>
        <translation>&amp;Import valid rows (%1)</translation>
    </message>
    <message>
        <source>The import needs the server, and it cannot be reached now. Nothing is lost: the file stays chosen; check it when the link is back.</source>
        <translation>The import needs the server, and it cannot be reached now. Nothing is lost: the file stays chosen; check it when the link is back.</translation>
    </message>
    <message>
        <source>The link to the server is down. The upload goes on from where it stopped once the link is back.</source>
        <translation>The link to the server is down. The upload goes on from where it stopped once the link is back.</translation>
    </message>
    <message>
        <source>The import waits for the server and goes when the link is back. You may close this window; the enterprises will appear in the register.</source>
        <translation>The import waits for the server and goes when the link is back. You may close this window; the enterprises will appear in the register.</translation>
    </message>
    <message>
        <source>Importing the valid rows…</source>
        <translation>Importing the valid rows…</translation>
    </message>
    <message>
        <source>The upload was stopped; nothing has changed.</source>
        <translation>The upload was stopped; nothing has changed.</translation>
    </message>
    <message>
        <source>Preparing the rows…</source>
        <translation>Preparing the rows…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2 rows…</source>
        <extracomment>正在上传 3000/100000 行</extracomment>
        <translation>Uploading %1 of %2 rows…</translation>
    </message>
    <message>
        <source>The server is checking the rows…</source>
        <extracomment>正在检查…</extracomment>
        <translation>The server is checking the rows…</translation>
    </message>
    <message>
        <source>Fetching the problems found (%1 of %2)…</source>
        <translation>Fetching the problems found (%1 of %2)…</translation>
    </message>
    <message>
        <source>The server refused the import: %1</source>
        <translation>The server refused the import: %1</translation>
    </message>
    <message>
        <source>Done. %1.

The enterprises show in the register as soon as it has synchronised.</source>
        <translation>Done. %1.

The enterprises show in the register as soon as it has synchronised.</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportFilePage</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>Choose the enterprise list: an Excel workbook (.xlsx) or a CSV file as Excel or WPS saves it. The first sheet is read; its header row names the columns.</source>
        <translation>Choose the enterprise list: an Excel workbook (.xlsx) or a CSV file as Excel or WPS saves it. The first sheet is read; its header row names the columns.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose the enterprise list</source>
        <translation>Choose the enterprise list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading stopped. Choose the file again.</source>
        <translation>Reading stopped. Choose the file again.</translation>
    </message>
    <message>
        <source>Sheet "%1"</source>
        <translation>Sheet "%1"</translation>
    </message>
    <message>
        <source>Text in the %1 encoding</source>
        <translation>Text in the %1 encoding</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header on row %2.</source>
        <translation>
            <numerusform>%1: %n row below the header on row %2.</numerusform>
            <numerusform>%1: %n rows below the header on row %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportMappingPage</name>
    <message>
        <source>Check what each column of the file holds. The columns were matched by their titles; choose another field where a match is wrong, or "Not imported".</source>
        <translation>Check what each column of the file holds. The columns were matched by their titles; choose another field where a match is wrong, or "Not imported".</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>列</extracomment>
        <translation>Column</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Title in the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Import as</source>
        <extracomment>导入为</extracomment>
        <translation>Import as</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <extracomment>不导入</extracomment>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Column %1 (%2) is imported as</source>
        <translation>Column %1 (%2) is imported as</translation>
    </message>
    <message>
        <source>No column gives: %1. Choose the columns that hold them.</source>
        <extracomment>缺少必填列：</extracomment>
        <translation>No column gives: %1. Choose the columns that hold them.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportProblemModel</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>行号</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>字段</extracomment>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>原因</extracomment>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportReportPage</name>
    <message>
        <source>&amp;Save problem list…</source>
        <translation>&amp;Save problem list…</translation>
    </message>
    <message numerus="yes">
        <source>The server checked %n row(s): %1.</source>
        <translation>
            <numerusform>The server checked %n row: %1.</numerusform>
            <numerusform>The server checked %n rows: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>The first %1 of %2 problems are listed.</translation>
    </message>
    <message>
        <source>Rows with problems are left out of the import; correct them in the file and import it again.</source>
        <translation>Rows with problems are left out of the import; correct them in the file and import it again.</translation>
    </message>
    <message>
        <source>Nothing has changed in the register yet.</source>
        <translation>Nothing has changed in the register yet.</translation>
    </message>
    <message>
        <source>The import was not done.</source>
        <translation>The import was not done.</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <extracomment>问题清单.csv</extracomment>
        <translation>Save problem list</translation>
    </message>
    <message>
        <source>problems.csv</source>
        <translation>problems.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseImportRun</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file has no rows to import below its header.</source>
        <translation>The file has no rows to import below its header.</translation>
    </message>
    <message>
        <source>The import needs the server, which cannot be reached now (%1). Nothing has changed; try again when the link is back.</source>
        <translation>The import needs the server, which cannot be reached now (%1). Nothing has changed; try again when the link is back.</translation>
    </message>
    <message>
        <source>The link to the server keeps failing (%1); the import stopped after %2 of %3 rows. Start it again later.</source>
        <translation>The link to the server keeps failing (%1); the import stopped after %2 of %3 rows. Start it again later.</translation>
    </message>
    <message>
        <source>The link to the server did not come back; the import stopped after %1 of %2 rows. Start it again when the server can be reached.</source>
        <translation>The link to the server did not come back; the import stopped after %1 of %2 rows. Start it again when the server can be reached.</translation>
    </message>
    <message numerus="yes">
        <source>Import enterprises from %1 (%n row(s))</source>
        <translation>
            <numerusform>Import enterprises from %1 (%n row)</numerusform>
            <numerusform>Import enterprises from %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseSupervisionDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A grid covering part of a split village: 东方村第一网格（东片）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A grid and its inspector: 渔庄村网格 — 张伟</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no inspector yet</source>
        <extracomment>暂无网格员</extracomment>
        <translation>%1 — no inspector yet</translation>
    </message>
    <message>
        <source>Choose at least one enterprise.</source>
        <translation>Choose at least one enterprise.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen enterprises still wait to be sent to the server: change their supervision once the server has them.</source>
        <translation>
            <numerusform>%n of the chosen enterprises still waits to be sent to the server: change its supervision once the server has it.</numerusform>
            <numerusform>%n of the chosen enterprises still wait to be sent to the server: change their supervision once the server has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen enterprises are no longer in the register.</source>
        <translation>
            <numerusform>%n of the chosen enterprises is no longer in the register.</numerusform>
            <numerusform>%n of the chosen enterprises are no longer in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen enterprises are in %1 towns: a grid or a town's direct supervision is for one town's enterprises. Choose the enterprises of one town at a time.</source>
        <translation>The chosen enterprises are in %1 towns: a grid or a town's direct supervision is for one town's enterprises. Choose the enterprises of one town at a time.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Put into a &amp;grid:</source>
        <extracomment>纳入网格</extracomment>
        <translation>Put into a &amp;grid:</translation>
    </message>
    <message>
        <source>Supervised &amp;directly by the town, because:</source>
        <extracomment>镇（街道）直管</extracomment>
        <translation>Supervised &amp;directly by the town, because:</translation>
    </message>
    <message>
        <source>Supervision of enterprises</source>
        <extracomment>纳入网格 / 镇直管</extracomment>
        <translation>Supervision of enterprises</translation>
    </message>
    <message>
        <source>e.g. a hazardous-chemicals dealer the town's safety office inspects itself</source>
        <extracomment>e.g. 危险化学品经营企业，由镇安监办直接监管</extracomment>
        <translation>e.g. a hazardous-chemicals dealer the town's safety office inspects itself</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) chosen in %1.</source>
        <extracomment>已选 %n 家企业（遥观镇）; then how they are supervised now.</extracomment>
        <translation>
            <numerusform>%n enterprise chosen in %1.</numerusform>
            <numerusform>%n enterprises chosen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 in a grid, %2 supervised directly, %3 in neither.</source>
        <translation>Now: %1 in a grid, %2 supervised directly, %3 in neither.</translation>
    </message>
    <message>
        <source>This town has no grid in use</source>
        <translation>This town has no grid in use</translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation>Choose a grid</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Choose the grid the enterprises go into.</source>
        <translation>Choose the grid the enterprises go into.</translation>
    </message>
    <message>
        <source>This town has no grid in use: create one on the Grids page, or let the town supervise them directly.</source>
        <translation>This town has no grid in use: create one on the Grids page, or let the town supervise them directly.</translation>
    </message>
    <message>
        <source>reason for direct supervision</source>
        <translation>reason for direct supervision</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) supervised directly by the town</source>
        <extracomment>The outbox's summary: 3 家企业改为镇直管</extracomment>
        <translation>
            <numerusform>%n enterprise supervised directly by the town</numerusform>
            <numerusform>%n enterprises supervised directly by the town</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n enterprise(s) into %1</source>
        <extracomment>The outbox's summary: 将 3 家企业纳入 渔庄村网格</extracomment>
        <translation>
            <numerusform>Put %n enterprise into %1</numerusform>
            <numerusform>Put %n enterprises into %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (part %1 of %2)</source>
        <extracomment>After a summary when the change goes in several commands: （第 1/3 批）</extracomment>
        <translation> (part %1 of %2)</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 parts were queued: %3</source>
        <translation>Only the first %1 of %2 parts were queued: %3</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterpriseTableModel</name>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Town (direct)</source>
        <translation>Town (direct)</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>In no grid and not supervised directly by the town: a gap in 工业企业全纳入.</source>
        <translation>In no grid and not supervised directly by the town: a gap in 工业企业全纳入.</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Patrol category</source>
        <translation>Patrol category</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Key sector</source>
        <translation>Key sector</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gridsafe::EnterprisesPage</name>
    <message>
        <source>&lt;b&gt;Enterprise register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enterprise register&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the enterprises shown, in this order, as an Excel workbook or a CSV file</source>
        <translation>Save the enterprises shown, in this order, as an Excel workbook or a CSV file</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) shown</source>
        <translation>
            <numerusform>%n enterprise shown</numerusform>
            <numerusform>%n enterprises shown</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#c62828'&gt;%n not covered by a grid&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#c62828'&gt;%n not covered by a grid&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style='color:#c62828'&gt;%n not covered by a grid&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise register %1</source>
        <translation>Enterprise register %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the enterprises shown</source>
        <translation>Export the enterprises shown</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n enterprise(s)…</source>
        <translation>
            <numerusform>Exporting %n enterprise…</numerusform>
            <numerusform>Exporting %n enterprises…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>Loading the register…</translation>
    </message>
</context>
<context>
    <name>gridsafe::ExamDialog</name>
    <message>
        <source>Record exam of %1</source>
        <extracomment>录入考核成绩: an inspector's exam (考核) result.</extracomment>
        <translation>Record exam of %1</translation>
    </message>
    <message>
        <source>e.g. Grid inspector qualification exam</source>
        <extracomment>网格员上岗考核</extracomment>
        <translation>e.g. Grid inspector qualification exam</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Inspector: %1, %2. A failed exam is recorded too; a certificate needs a passed one.</source>
        <translation>Inspector: %1, %2. A failed exam is recorded too; a certificate needs a passed one.</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Date taken:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>S&amp;core:</translation>
    </message>
    <message>
        <source>Pass &amp;mark:</source>
        <translation>Pass &amp;mark:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Enter the score.</source>
        <translation>Enter the score.</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>合格</extracomment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed (%1 needed)</source>
        <extracomment>不合格, with the pass mark.</extracomment>
        <translation>Failed (%1 needed)</translation>
    </message>
    <message>
        <source>exam date</source>
        <translation>exam date</translation>
    </message>
    <message>
        <source>exam subject</source>
        <translation>exam subject</translation>
    </message>
    <message>
        <source>The pass mark must be above 0 and at most 100.</source>
        <translation>The pass mark must be above 0 and at most 100.</translation>
    </message>
    <message>
        <source>Enter the score, from 0 to 100.</source>
        <translation>Enter the score, from 0 to 100.</translation>
    </message>
    <message>
        <source>Exam of %1: %2, passed</source>
        <extracomment>The outbox's summary: 录入考核成绩 张伟 85（合格）.</extracomment>
        <translation>Exam of %1: %2, passed</translation>
    </message>
    <message>
        <source>Exam of %1: %2, failed</source>
        <translation>Exam of %1: %2, failed</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingDecisionDialog</name>
    <message>
        <source>File the division of %1 (No. %2)</source>
        <translation>File the division of %1 (No. %2)</translation>
    </message>
    <message>
        <source>Return the division of %1 (No. %2)</source>
        <translation>Return the division of %1 (No. %2)</translation>
    </message>
    <message>
        <source>%1 grids, submitted by %2 on %3.</source>
        <translation>%1 grids, submitted by %2 on %3.</translation>
    </message>
    <message>
        <source>File the division of %1: %2 Add a remark if you wish.</source>
        <translation>File the division of %1: %2 Add a remark if you wish.</translation>
    </message>
    <message>
        <source>Return the division of %1 to the town: %2 Say what must change (required).</source>
        <translation>Return the division of %1 to the town: %2 Say what must change (required).</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>e.g. the industrial park has no grid of its own</source>
        <translation>e.g. the industrial park has no grid of its own</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>备案 / 退回</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>The server refused this decision: %1</source>
        <translation>The server refused this decision: %1</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>remark</translation>
    </message>
    <message>
        <source>reason for returning</source>
        <translation>reason for returning</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingSnapshotView</name>
    <message>
        <source>Select a filing above to see the division as it was submitted.</source>
        <translation>Select a filing above to see the division as it was submitted.</translation>
    </message>
    <message>
        <source>%1 — division filing No. %2</source>
        <extracomment>遥观镇 网格划分备案 第 3 次</extracomment>
        <translation>%1 — division filing No. %2</translation>
    </message>
    <message>
        <source>submitted by %1 on %2; %3 grids over %4 villages, communities and parks</source>
        <translation>submitted by %1 on %2; %3 grids over %4 villages, communities and parks</translation>
    </message>
    <message>
        <source>Town's note: %1</source>
        <translation>Town's note: %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>Decided by %1 on %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Park grid</source>
        <translation>Park grid</translation>
    </message>
    <message>
        <source>Village/community grid</source>
        <translation>Village/community grid</translation>
    </message>
    <message>
        <source>part: %1</source>
        <translation>part: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingSubmitDialog</name>
    <message>
        <source>Submit the division of %1 to the district</source>
        <extracomment>报送网格划分备案</extracomment>
        <translation>Submit the division of %1 to the district</translation>
    </message>
    <message>
        <source>optional, e.g. re-division after the merger of two villages</source>
        <translation>optional, e.g. re-division after the merger of two villages</translation>
    </message>
    <message>
        <source>Submit</source>
        <extracomment>报送</extracomment>
        <translation>Submit</translation>
    </message>
    <message>
        <source>&amp;Note to the district:</source>
        <extracomment>报送说明</extracomment>
        <translation>&amp;Note to the district:</translation>
    </message>
    <message>
        <source>The server refused this filing: %1</source>
        <translation>The server refused this filing: %1</translation>
    </message>
    <message>
        <source>The district receives the division as it is now (revision %1): %2 grids over %3 villages, communities and parks, each grid with its inspector.</source>
        <translation>The district receives the division as it is now (revision %1): %2 grids over %3 villages, communities and parks, each grid with its inspector.</translation>
    </message>
    <message numerus="yes">
        <source>The division has %n coverage gap(s). Fix them first: the district files only a division in which every area is in a grid and every grid has a certified inspector.</source>
        <translation>
            <numerusform>The division has %n coverage gap. Fix it first: the district files only a division in which every area is in a grid and every grid has a certified inspector.</numerusform>
            <numerusform>The division has %n coverage gaps. Fix them first: the district files only a division in which every area is in a grid and every grid has a certified inspector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to this town's grids are still waiting to be sent. Submit once they have reached the server, so the district sees them.</source>
        <translation>Changes to this town's grids are still waiting to be sent. Submit once they have reached the server, so the district sees them.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Submit the division of %1 for filing</source>
        <translation>Submit the division of %1 for filing</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingTableModel</name>
    <message>
        <source>Awaiting the district</source>
        <extracomment>待区级审核</extracomment>
        <translation>Awaiting the district</translation>
    </message>
    <message>
        <source>Filed (division changed since)</source>
        <extracomment>已备案 / 已备案（划分已变更）</extracomment>
        <translation>Filed (division changed since)</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>已退回</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>已撤回（被新的报送取代）</extracomment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Town %1</source>
        <translation>Town %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Town: %1</source>
        <translation>Town: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>序号 (per town)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>Note / reason</translation>
    </message>
</context>
<context>
    <name>gridsafe::FilingsPage</name>
    <message>
        <source>Only those awaiting a decision</source>
        <translation>Only those awaiting a decision</translation>
    </message>
    <message>
        <source>Submit division…</source>
        <extracomment>报送备案…</extracomment>
        <translation>Submit division…</translation>
    </message>
    <message>
        <source>File…</source>
        <extracomment>备案…</extracomment>
        <translation>File…</translation>
    </message>
    <message>
        <source>Return…</source>
        <extracomment>退回…</extracomment>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Filing form (PDF)…</source>
        <extracomment>导出备案表（PDF）…</extracomment>
        <translation>Filing form (PDF)…</translation>
    </message>
    <message>
        <source>Division filings</source>
        <translation>Division filings</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) awaiting the district's decision.</source>
        <translation>
            <numerusform>%n filing awaiting the district's decision.</numerusform>
            <numerusform>%n filings awaiting the district's decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never filed its division.</source>
        <translation>%1 has never filed its division.</translation>
    </message>
    <message>
        <source>No. %1 of %2 is awaiting the district's decision.</source>
        <translation>No. %1 of %2 is awaiting the district's decision.</translation>
    </message>
    <message>
        <source>No. %1 of %2 was returned: %3</source>
        <translation>No. %1 of %2 was returned: %3</translation>
    </message>
    <message>
        <source>The division of %1 has changed since No. %2 was filed: submit it again.</source>
        <translation>The division of %1 has changed since No. %2 was filed: submit it again.</translation>
    </message>
    <message>
        <source>The division of %1 is filed (No. %2, %3) and unchanged since.</source>
        <translation>The division of %1 is filed (No. %2, %3) and unchanged since.</translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s) to fix before the next submission.</source>
        <translation>
            <numerusform>%n coverage gap to fix before the next submission.</numerusform>
            <numerusform>%n coverage gaps to fix before the next submission.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-division-filing-%2.pdf</source>
        <extracomment>File name: 遥观镇-网格划分备案表-3.pdf</extracomment>
        <translation>%1-division-filing-%2.pdf</translation>
    </message>
    <message>
        <source>Save the filing form</source>
        <translation>Save the filing form</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Filing form not saved</source>
        <translation>Filing form not saved</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridAssignDialog</name>
    <message>
        <source>Inspector for grid %1</source>
        <extracomment>任命网格员</extracomment>
        <translation>Inspector for grid %1</translation>
    </message>
    <message>
        <source>%1 is responsible for grid "%2" now. Choose who takes it over; a grid has one inspector at a time, and the history keeps both.</source>
        <translation>%1 is responsible for grid "%2" now. Choose who takes it over; a grid has one inspector at a time, and the history keeps both.</translation>
    </message>
    <message>
        <source>Choose the inspector responsible for grid "%1". Only an inspector holding a valid certificate can be chosen.</source>
        <translation>Choose the inspector responsible for grid "%1". Only an inspector holding a valid certificate can be chosen.</translation>
    </message>
    <message>
        <source>Find by name, phone or unit</source>
        <translation>Find by name, phone or unit</translation>
    </message>
    <message>
        <source>e.g. the village's second officer is on leave until May</source>
        <translation>e.g. the village's second officer is on leave until May</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>任命</extracomment>
        <translation>Assign</translation>
    </message>
    <message>
        <source>The server refused this assignment: %1</source>
        <translation>The server refused this assignment: %1</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>certificate %1, valid until %2</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>no valid certificate</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>holds %1</translation>
    </message>
    <message>
        <source>%1 (responsible now)</source>
        <translation>%1 (responsible now)</translation>
    </message>
    <message>
        <source>Already responsible for this grid.</source>
        <translation>Already responsible for this grid.</translation>
    </message>
    <message>
        <source>Only an inspector holding a valid certificate may be responsible for a grid: train, examine and certify first.</source>
        <translation>Only an inspector holding a valid certificate may be responsible for a grid: train, examine and certify first.</translation>
    </message>
    <message>
        <source>This town has no active inspectors yet. Add them on the Inspectors page.</source>
        <translation>This town has no active inspectors yet. Add them on the Inspectors page.</translation>
    </message>
    <message>
        <source>%1 already holds %2. One inspector holds one grid: say why %1 should hold this one too (required).</source>
        <translation>%1 already holds %2. One inspector holds one grid: say why %1 should hold this one too (required).</translation>
    </message>
    <message>
        <source>A park grid is usually staffed by town staff; %1 is not.</source>
        <translation>A park grid is usually staffed by town staff; %1 is not.</translation>
    </message>
    <message>
        <source>Choose an inspector holding a valid certificate.</source>
        <translation>Choose an inspector holding a valid certificate.</translation>
    </message>
    <message>
        <source>reason for holding more than one grid</source>
        <translation>reason for holding more than one grid</translation>
    </message>
    <message>
        <source>Make %1 the inspector of grid %2</source>
        <extracomment>任命 张伟 为 渔庄村网格 的网格员</extracomment>
        <translation>Make %1 the inspector of grid %2</translation>
    </message>
    <message>
        <source>inspector %1</source>
        <translation>inspector %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>张伟 2026-03-02 至今 / 张伟 2025-01-01 至 2026-03-01（调任镇应急办）</extracomment>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 to %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>… %1 earlier</source>
        <translation>… %1 earlier</translation>
    </message>
    <message>
        <source>History: %1</source>
        <extracomment>任命历史：</extracomment>
        <translation>History: %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridEditDialog</name>
    <message>
        <source>New grid in %1</source>
        <translation>New grid in %1</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>Edit grid %1</translation>
    </message>
    <message>
        <source>e.g. Yuzhuang Village grid</source>
        <translation>e.g. Yuzhuang Village grid</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Grid name:</source>
        <translation>Grid name:</translation>
    </message>
    <message>
        <source>Covers (tick at least one village, community or park):</source>
        <translation>Covers (tick at least one village, community or park):</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <extracomment>An area in the list, followed by the grids that already cover it.</extracomment>
        <translation>%1 — in %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>grid name</source>
        <translation>grid name</translation>
    </message>
    <message>
        <source>Tick at least one village, community or park that the grid covers.</source>
        <translation>Tick at least one village, community or park that the grid covers.</translation>
    </message>
    <message>
        <source>Create grid %1</source>
        <translation>Create grid %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>This town already has a grid named "%1"%2. Choose another name.</source>
        <translation>This town already has a grid named "%1"%2. Choose another name.</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation> (waiting to be sent)</translation>
    </message>
    <message>
        <source>Letters A–Z, digits and hyphens, unique in the town, such as WG-01.</source>
        <translation>Letters A–Z, digits and hyphens, unique in the town, such as WG-01.</translation>
    </message>
    <message>
        <source>Village or community grid</source>
        <translation>Village or community grid</translation>
    </message>
    <message>
        <source>Park or functional-zone grid (town staff)</source>
        <translation>Park or functional-zone grid (town staff)</translation>
    </message>
    <message>
        <source>Only when a village is split: e.g. north of the 312 road</source>
        <translation>Only when a village is split: e.g. north of the 312 road</translation>
    </message>
    <message>
        <source>Grid code:</source>
        <translation>Grid code:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Part covered:</source>
        <translation>Part covered:</translation>
    </message>
    <message>
        <source>Grid "%1"%2 already has code %3. Choose another code.</source>
        <translation>Grid "%1"%2 already has code %3. Choose another code.</translation>
    </message>
    <message>
        <source>"%1" is a village or community: a park grid covers only parks and functional zones.</source>
        <translation>"%1" is a village or community: a park grid covers only parks and functional zones.</translation>
    </message>
    <message>
        <source>"%1" is a park: choose the park grid kind for it.</source>
        <translation>"%1" is a park: choose the park grid kind for it.</translation>
    </message>
    <message>
        <source>"%1" is already in grid "%2". To split it between grids, say which part this grid covers.</source>
        <translation>"%1" is already in grid "%2". To split it between grids, say which part this grid covers.</translation>
    </message>
    <message>
        <source>Grid "%2" covers "%1" whole. To split it, first say which part grid "%2" keeps.</source>
        <translation>Grid "%2" covers "%1" whole. To split it, first say which part grid "%2" keeps.</translation>
    </message>
    <message>
        <source>part covered</source>
        <translation>part covered</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapPage</name>
    <message>
        <source>&amp;Town:</source>
        <extracomment>镇（街道）：</extracomment>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <extracomment>导出 PNG…</extracomment>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Save the map as an image (2000 pixels wide)</source>
        <translation>Save the map as an image (2000 pixels wide)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>导出 PDF…</extracomment>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save the map as an A4 page with title, date and legend, for reports and filing</source>
        <translation>Save the map as an A4 page with title, date and legend, for reports and filing</translation>
    </message>
    <message>
        <source>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</source>
        <translation>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</translation>
    </message>
    <message>
        <source>No boundaries have been imported for %1 yet.

An administrator imports the boundaries (GeoJSON) once for the whole district; the map then appears here by itself.</source>
        <extracomment>The grid map of a town without boundaries (%1: the town).</extracomment>
        <translation>No boundaries have been imported for %1 yet.

An administrator imports the boundaries (GeoJSON) once for the whole district; the map then appears here by itself.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) drawn</source>
        <translation>
            <numerusform>%n area drawn</numerusform>
            <numerusform>%n areas drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>%n grid</numerusform>
            <numerusform>%n grids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) in no grid, hatched red</source>
        <extracomment>未划分网格: areas hatched red on the map.</extracomment>
        <translation>
            <numerusform>%n area in no grid, hatched red</numerusform>
            <numerusform>%n areas in no grid, hatched red</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) without a boundary: %1</source>
        <translation>
            <numerusform>%n area without a boundary: %1</numerusform>
            <numerusform>%n areas without a boundary: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the parts of the map's summary line.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>no inspector</source>
        <translation>no inspector</translation>
    </message>
    <message>
        <source>inspector: %1</source>
        <translation>inspector: %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <extracomment>The grid picked on the map: name (code) · inspector.</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>%1 is in no grid yet.</source>
        <translation>%1 is in no grid yet.</translation>
    </message>
    <message>
        <source>%1 grid division map</source>
        <extracomment>Title of the exported map: 遥观镇 网格划分图</extracomment>
        <translation>%1 grid division map</translation>
    </message>
    <message>
        <source>%1-grid-map</source>
        <extracomment>File name without its extension: 遥观镇网格划分图</extracomment>
        <translation>%1-grid-map</translation>
    </message>
    <message>
        <source>Export the grid map as PDF</source>
        <translation>Export the grid map as PDF</translation>
    </message>
    <message>
        <source>Export the grid map as PNG</source>
        <translation>Export the grid map as PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>Map not saved</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Click a grid to see its inspector, double-click to open it in the grid list. The wheel or + and − zoom, dragging or the arrow keys move the map, 0 shows the whole town.</source>
        <translation>Click a grid to see its inspector, double-click to open it in the grid list. The wheel or + and − zoom, dragging or the arrow keys move the map, 0 shows the whole town.</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapScene</name>
    <message>
        <source>No inspector</source>
        <translation>No inspector</translation>
    </message>
    <message>
        <source>Not in any grid</source>
        <translation>Not in any grid</translation>
    </message>
    <message>
        <source>Grid %1 — no inspector</source>
        <translation>Grid %1 — no inspector</translation>
    </message>
    <message>
        <source>Grid %1 — inspector: %2</source>
        <translation>Grid %1 — inspector: %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridMapView</name>
    <message>
        <source>Grid map</source>
        <translation>Grid map</translation>
    </message>
    <message>
        <source>No boundaries imported for this town yet</source>
        <translation>No boundaries imported for this town yet</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridSafeServer</name>
    <message>
        <source>An administrator changed your account (a new password, or it was disabled). Log in again.</source>
        <translation>An administrator changed your account (a new password, or it was disabled). Log in again.</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridStatusDialog</name>
    <message>
        <source>Retire grid %1</source>
        <translation>Retire grid %1</translation>
    </message>
    <message>
        <source>Restore grid %1</source>
        <translation>Restore grid %1</translation>
    </message>
    <message>
        <source>Grid "%1" will no longer be used; its history stays. Why is it retired? (required)</source>
        <translation>Grid "%1" will no longer be used; its history stays. Why is it retired? (required)</translation>
    </message>
    <message>
        <source>Grid "%1" will be in use again, over the areas it covered. Why is it restored? (required)</source>
        <translation>Grid "%1" will be in use again, over the areas it covered. Why is it restored? (required)</translation>
    </message>
    <message>
        <source>e.g. merged into the Qiaonan Village grid after the 2026 re-division</source>
        <translation>e.g. merged into the Qiaonan Village grid after the 2026 re-division</translation>
    </message>
    <message>
        <source>e.g. retired by mistake</source>
        <translation>e.g. retired by mistake</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>reason for retiring</source>
        <translation>reason for retiring</translation>
    </message>
    <message>
        <source>reason for restoring</source>
        <translation>reason for restoring</translation>
    </message>
    <message>
        <source>Relieve the inspector of grid %1</source>
        <extracomment>免去网格员</extracomment>
        <translation>Relieve the inspector of grid %1</translation>
    </message>
    <message>
        <source>%1 will no longer be responsible for grid "%2", which then has no inspector until another is assigned. Why? (required)</source>
        <translation>%1 will no longer be responsible for grid "%2", which then has no inspector until another is assigned. Why? (required)</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>The inspector</translation>
    </message>
    <message>
        <source>e.g. moved to the town office in April</source>
        <translation>e.g. moved to the town office in April</translation>
    </message>
    <message>
        <source>Relieve</source>
        <translation>Relieve</translation>
    </message>
    <message>
        <source>reason for relieving the inspector</source>
        <translation>reason for relieving the inspector</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridTableModel</name>
    <message>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the areas a grid covers; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Retired on %1: %2</source>
        <translation>Retired on %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Active · pending sync</source>
        <extracomment>The grid's state while a change to it waits to be sent to the server.</extracomment>
        <translation>Active · pending sync</translation>
    </message>
    <message>
        <source>Retired · pending sync</source>
        <translation>Retired · pending sync</translation>
    </message>
    <message>
        <source>No inspector</source>
        <translation>No inspector</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>Inspector %1</translation>
    </message>
    <message>
        <source>%1, certificate %2 valid until %3</source>
        <translation>%1, certificate %2 valid until %3</translation>
    </message>
    <message>
        <source>%1 (no valid certificate)</source>
        <extracomment>Shown after the inspector's name when they hold no valid certificate.</extracomment>
        <translation>%1 (no valid certificate)</translation>
    </message>
    <message>
        <source>Only an inspector with a valid certificate may be responsible for a grid.</source>
        <translation>Only an inspector with a valid certificate may be responsible for a grid.</translation>
    </message>
    <message>
        <source>%1 (part: %2)</source>
        <translation>%1 (part: %2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
</context>
<context>
    <name>gridsafe::GridsPage</name>
    <message>
        <source>New grid…</source>
        <translation>New grid…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <source>Show retired grids</source>
        <translation>Show retired grids</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Select a town or street on the left to see its grids.</source>
        <translation>Select a town or street on the left to see its grids.</translation>
    </message>
    <message>
        <source>Grids of %1</source>
        <translation>Grids of %1</translation>
    </message>
    <message>
        <source>%1 active, %2 retired</source>
        <translation>%1 active, %2 retired</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 active</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change grids.</source>
        <translation>Your role (%1) cannot change grids.</translation>
    </message>
    <message>
        <source>Create a grid in the selected town</source>
        <translation>Create a grid in the selected town</translation>
    </message>
    <message>
        <source>Rename the selected grid or change its areas</source>
        <translation>Rename the selected grid or change its areas</translation>
    </message>
    <message>
        <source>Stop using the selected grid</source>
        <translation>Stop using the selected grid</translation>
    </message>
    <message>
        <source>Find a grid or village (Ctrl+F)</source>
        <translation>Find a grid or village (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation>&amp;New grid…</translation>
    </message>
    <message>
        <source>&amp;Edit grid…</source>
        <translation>&amp;Edit grid…</translation>
    </message>
    <message>
        <source>&amp;Retire grid…</source>
        <translation>&amp;Retire grid…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Grids of %1 covering %2</source>
        <translation>Grids of %1 covering %2</translation>
    </message>
    <message>
        <source>%1 shown; %2</source>
        <translation>%1 shown; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) or community(ies) not in any grid</source>
        <translation>
            <numerusform>%n village or community not in any grid</numerusform>
            <numerusform>%n villages or communities not in any grid</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked "%1" in the tree on the left.</source>
        <translation>Marked "%1" in the tree on the left.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>There are no regions yet. Set up the district, its towns and villages in Settings › Regions.</source>
        <translation>There are no regions yet. Set up the district, its towns and villages in Settings › Regions.</translation>
    </message>
    <message>
        <source>There are no regions yet. An administrator sets them up; they arrive with the next sync.</source>
        <translation>There are no regions yet. An administrator sets them up; they arrive with the next sync.</translation>
    </message>
    <message>
        <source>No grid matches the search or the selected area.</source>
        <translation>No grid matches the search or the selected area.</translation>
    </message>
    <message>
        <source>This town has no grids yet. New grid… (Ctrl+N) divides it: each grid covers villages, communities or parks.</source>
        <translation>This town has no grids yet. New grid… (Ctrl+N) divides it: each grid covers villages, communities or parks.</translation>
    </message>
    <message>
        <source>This town has not set up any grids yet.</source>
        <translation>This town has not set up any grids yet.</translation>
    </message>
    <message>
        <source>Assign…</source>
        <extracomment>任命网格员…</extracomment>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Relieve…</source>
        <extracomment>免去网格员…</extracomment>
        <translation>Relieve…</translation>
    </message>
    <message>
        <source>&amp;Assign inspector…</source>
        <translation>&amp;Assign inspector…</translation>
    </message>
    <message>
        <source>Make a certified inspector responsible for the selected grid (Ctrl+I)</source>
        <translation>Make a certified inspector responsible for the selected grid (Ctrl+I)</translation>
    </message>
    <message>
        <source>Relieve the selected grid's inspector of it</source>
        <translation>Relieve the selected grid's inspector of it</translation>
    </message>
    <message>
        <source>No grid of this town is in your charge. Your town's office assigns grids to inspectors.</source>
        <translation>No grid of this town is in your charge. Your town's office assigns grids to inspectors.</translation>
    </message>
</context>
<context>
    <name>gridsafe::HelpDialog</name>
    <message>
        <source>GridSafe user guide</source>
        <translation>GridSafe user guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>The user guide is missing from this build.</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorEditDialog</name>
    <message>
        <source>New inspector in %1</source>
        <translation>New inspector in %1</translation>
    </message>
    <message>
        <source>Edit inspector %1</source>
        <extracomment>修改网格员 %1</extracomment>
        <translation>Edit inspector %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>e.g. 13912345678 or 0519-88001234</source>
        <translation>e.g. 13912345678 or 0519-88001234</translation>
    </message>
    <message>
        <source>Village and community grids are usually looked after by the village's safety officer, park grids by town staff.</source>
        <translation>Village and community grids are usually looked after by the village's safety officer, park grids by town staff.</translation>
    </message>
    <message>
        <source>Or the unit by name, e.g. the town's emergency office</source>
        <extracomment>Example of a unit by name: 镇应急办.</extracomment>
        <translation>Or the unit by name, e.g. the town's emergency office</translation>
    </message>
    <message>
        <source>&amp;Active (may be given a grid)</source>
        <extracomment>在岗 — an inactive inspector cannot be given a grid.</extracomment>
        <translation>&amp;Active (may be given a grid)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <extracomment>The village, community or park the inspector belongs to (所属村（社区）).</extracomment>
        <translation>&amp;Belongs to:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No village, community or park chosen.
----------
No account linked: the inspector does not sign in (未关联).</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town (waiting to be sent).</source>
        <translation>%1 (%2) is already registered as an inspector of this town (waiting to be sent).</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered as an inspector of this town.</source>
        <translation>%1 (%2) is already registered as an inspector of this town.</translation>
    </message>
    <message>
        <source>%1 is still responsible for %2: give those grids to another inspector first.</source>
        <extracomment>%2 lists grid names; Chinese joins them with "、".</extracomment>
        <translation>%1 is still responsible for %2: give those grids to another inspector first.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>inspector's name</source>
        <translation>inspector's name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Register inspector %1</source>
        <extracomment>新建网格员 %1</extracomment>
        <translation>Register inspector %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: its holder's name and its user name, "张伟 (zhangwei)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <extracomment>An account that cannot log in (已停用).</extracomment>
        <translation>%1 — disabled</translation>
    </message>
    <message>
        <source>The account the inspector signs in with: an inspector account of this town that no other inspector record uses.</source>
        <translation>The account the inspector signs in with: an inspector account of this town that no other inspector record uses.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <extracomment>登录账号: the user account the inspector signs in with.</extracomment>
        <translation>Acc&amp;ount:</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Account #%1</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorTableModel</name>
    <message>
        <source>Safety officer</source>
        <extracomment>安管员</extracomment>
        <translation>Safety officer</translation>
    </message>
    <message>
        <source>Town staff</source>
        <extracomment>镇（街道）工作人员</extracomment>
        <translation>Town staff</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>No valid certificate</source>
        <translation>No valid certificate</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <extracomment>A certificate's number and last day: "%1，有效期至 %2".</extracomment>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>%1 h (no plan)</source>
        <extracomment>Training hours this year when the town has no plan: "%1 学时（无计划）".</extracomment>
        <translation>%1 h (no plan)</translation>
    </message>
    <message>
        <source>%1 / %2 h</source>
        <extracomment>Hours attended this year of the hours the plan requires: "%1 / %2 学时".</extracomment>
        <translation>%1 / %2 h</translation>
    </message>
    <message>
        <source>Responsible for no grid.</source>
        <translation>Responsible for no grid.</translation>
    </message>
    <message>
        <source>Only an inspector with a valid certificate may be responsible for a grid: record their training and exam, then issue a certificate.</source>
        <translation>Only an inspector with a valid certificate may be responsible for a grid: record their training and exam, then issue a certificate.</translation>
    </message>
    <message numerus="yes">
        <source>Runs out in %n day(s): renew it in time.</source>
        <translation>
            <numerusform>Runs out in %n day: renew it in time.</numerusform>
            <numerusform>Runs out in %n days: renew it in time.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more hours needed this year to meet the town's plan.</source>
        <translation>%1 more hours needed this year to meet the town's plan.</translation>
    </message>
    <message>
        <source>No training attended this year (the town has no training plan for %1).</source>
        <translation>No training attended this year (the town has no training plan for %1).</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the grids an inspector holds; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Active · pending sync</source>
        <extracomment>The inspector's state while a change to them waits to be sent to the server.</extracomment>
        <translation>Active · pending sync</translation>
    </message>
    <message>
        <source>Inactive · pending sync</source>
        <translation>Inactive · pending sync</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Grids held</source>
        <extracomment>负责网格</extracomment>
        <translation>Grids held</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>上岗证</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Training this year</source>
        <extracomment>本年培训</extracomment>
        <translation>Training this year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorTrainingButtons</name>
    <message>
        <source>Training…</source>
        <extracomment>记录培训…</extracomment>
        <translation>Training…</translation>
    </message>
    <message>
        <source>Exam…</source>
        <extracomment>考核…</extracomment>
        <translation>Exam…</translation>
    </message>
    <message>
        <source>Certify…</source>
        <extracomment>发证…</extracomment>
        <translation>Certify…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <extracomment>吊销…</extracomment>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <extracomment>年度计划…</extracomment>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Record a training session of the town and who attended</source>
        <translation>Record a training session of the town and who attended</translation>
    </message>
    <message>
        <source>Record the selected inspector's exam result</source>
        <translation>Record the selected inspector's exam result</translation>
    </message>
    <message>
        <source>Issue a certificate to the selected inspector on a passed exam</source>
        <translation>Issue a certificate to the selected inspector on a passed exam</translation>
    </message>
    <message>
        <source>Revoke the selected inspector's valid certificate</source>
        <translation>Revoke the selected inspector's valid certificate</translation>
    </message>
    <message>
        <source>The town's training plan for this year</source>
        <translation>The town's training plan for this year</translation>
    </message>
    <message>
        <source>Records…</source>
        <extracomment>培训考核记录…</extracomment>
        <translation>Records…</translation>
    </message>
    <message>
        <source>The town's training sessions and exam results</source>
        <translation>The town's training sessions and exam results</translation>
    </message>
</context>
<context>
    <name>gridsafe::InspectorsPage</name>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Find by name, phone, unit, grid or certificate (Ctrl+F)</source>
        <translation>Find by name, phone, unit, grid or certificate (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only those needing &amp;attention</source>
        <extracomment>只看需处理的: no valid certificate, certificate expiring, or training due.</extracomment>
        <translation>Only those needing &amp;attention</translation>
    </message>
    <message>
        <source>Active inspectors without a valid certificate, with one running out within %1 days, or behind with this year's training.</source>
        <translation>Active inspectors without a valid certificate, with one running out within %1 days, or behind with this year's training.</translation>
    </message>
    <message>
        <source>New inspector…</source>
        <translation>New inspector…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>&amp;New inspector…</source>
        <translation>&amp;New inspector…</translation>
    </message>
    <message>
        <source>&amp;Edit inspector…</source>
        <translation>&amp;Edit inspector…</translation>
    </message>
    <message>
        <source>&amp;Find inspector…</source>
        <translation>&amp;Find inspector…</translation>
    </message>
    <message>
        <source>Inspectors of %1</source>
        <translation>Inspectors of %1</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s), %1 inactive</source>
        <translation>
            <numerusform>%n inspector, %1 inactive</numerusform>
            <numerusform>%n inspectors, %1 inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n inspector</numerusform>
            <numerusform>%n inspectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a valid certificate</source>
        <translation>
            <numerusform>%n without a valid certificate</numerusform>
            <numerusform>%n without a valid certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within %1 days</source>
        <translation>
            <numerusform>%n expiring within %1 days</numerusform>
            <numerusform>%n expiring within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for training</source>
        <translation>
            <numerusform>%n due for training</numerusform>
            <numerusform>%n due for training</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) cannot change inspectors.</source>
        <translation>Your role (%1) cannot change inspectors.</translation>
    </message>
    <message>
        <source>Register an inspector of the town shown</source>
        <translation>Register an inspector of the town shown</translation>
    </message>
    <message>
        <source>Choose a town first</source>
        <translation>Choose a town first</translation>
    </message>
    <message>
        <source>Change the selected inspector's details</source>
        <translation>Change the selected inspector's details</translation>
    </message>
    <message>
        <source>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</source>
        <translation>There are no towns yet. An administrator sets up the regions; they arrive with the next sync.</translation>
    </message>
    <message>
        <source>No inspector needs attention: every active inspector holds a valid certificate and is up to date with training.</source>
        <translation>No inspector needs attention: every active inspector holds a valid certificate and is up to date with training.</translation>
    </message>
    <message>
        <source>No inspector matches the search.</source>
        <translation>No inspector matches the search.</translation>
    </message>
    <message>
        <source>No inspectors have been registered yet.</source>
        <translation>No inspectors have been registered yet.</translation>
    </message>
    <message>
        <source>No inspectors registered yet. New inspector… (Ctrl+N) registers the person who looks after a grid; record their training and exam and issue a certificate, and they can be given a grid.</source>
        <translation>No inspectors registered yet. New inspector… (Ctrl+N) registers the person who looks after a grid; record their training and exam and issue a certificate, and they can be given a grid.</translation>
    </message>
    <message>
        <source>No inspectors registered yet. Choose a town above, then New inspector… (Ctrl+N).</source>
        <translation>No inspectors registered yet. Choose a town above, then New inspector… (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>gridsafe::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Grid-based safety supervision of industrial enterprises</source>
        <translation>Grid-based safety supervision of industrial enterprises</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:%1</source>
        <translation>e.g. 192.168.1.10:%1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Login cancelled.</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Trust this fingerprint?</source>
        <translation>This is the first connection to %1. Trust this fingerprint?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server's certificate:
%1

Trust it only if it is the same as the fingerprint your administrator gave you.</source>
        <translation>SHA-256 fingerprint of the server's certificate:
%1

Trust it only if it is the same as the fingerprint your administrator gave you.</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so no connection was made.</source>
        <translation>The server's certificate was not trusted, so no connection was made.</translation>
    </message>
    <message>
        <source>Cannot save the trusted fingerprint in the data folder.</source>
        <translation>Cannot save the trusted fingerprint in the data folder.</translation>
    </message>
    <message>
        <source>Certificate changed — possible attack</source>
        <translation>Certificate changed — possible attack</translation>
    </message>
    <message>
        <source>GridSafe will not connect to %1. Ask your administrator whether the server was given a new certificate.</source>
        <translation>GridSafe will not connect to %1. Ask your administrator whether the server was given a new certificate.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Do not trust</translation>
    </message>
</context>
<context>
    <name>gridsafe::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation>Coming in a later release</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Change refused</translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation>The server refused a change.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Show waiting changes…</source>
        <translation>Show waiting changes…</translation>
    </message>
    <message>
        <source>Correct change</source>
        <translation>Correct change</translation>
    </message>
    <message>
        <source>This change cannot be opened for correcting (its record is gone). Discard it, or send it again.</source>
        <translation>This change cannot be opened for correcting (its record is gone). Discard it, or send it again.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Waiting changes…</source>
        <translation>&amp;Waiting changes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation>&amp;Grids</translation>
    </message>
    <message>
        <source>&amp;User: %1</source>
        <translation>&amp;User: %1</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language applies the next time GridSafe starts.</source>
        <translation>The new language applies the next time GridSafe starts.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;About GridSafe</source>
        <translation>&amp;About GridSafe</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. They stay on this computer and are sent the next time %1 logs in here.</source>
        <translation>
            <numerusform>%n change has not reached the server yet. It stays on this computer and is sent the next time %1 logs in here.</numerusform>
            <numerusform>%n changes have not reached the server yet. They stay on this computer and are sent the next time %1 logs in here.</numerusform>
        </translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>For administrators</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>You have been logged out.</source>
        <translation>You have been logged out.</translation>
    </message>
    <message>
        <source>Log in again to continue.</source>
        <translation>Log in again to continue.</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>Division</source>
        <extracomment>网格划分</extracomment>
        <translation>Division</translation>
    </message>
    <message>
        <source>Filings</source>
        <extracomment>备案</extracomment>
        <translation>Filings</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>&amp;Inspectors</translation>
    </message>
    <message>
        <source>Technical support</source>
        <extracomment>技术支撑</extracomment>
        <translation>Technical support</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>网格一张图</extracomment>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>gridsafe::OfflineBanner</name>
    <message>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>the local copy from %1</source>
        <translation>the local copy from %1</translation>
    </message>
    <message>
        <source>the local copy</source>
        <translation>the local copy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the server %1 cannot be reached. You are working with %2; your changes are kept on this computer and sent when the connection is back.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; — the server %1 cannot be reached. You are working with %2; your changes are kept on this computer and sent when the connection is back.</translation>
    </message>
</context>
<context>
    <name>gridsafe::Outbox</name>
    <message>
        <source>This change is too large to send: %1 KiB, the server takes at most %2 KiB at once.</source>
        <translation>This change is too large to send: %1 KiB, the server takes at most %2 KiB at once.</translation>
    </message>
    <message>
        <source>The change this one builds on is no longer waiting (it was discarded). Your values are still here: close the record, open it again and save.</source>
        <translation>The change this one builds on is no longer waiting (it was discarded). Your values are still here: close the record, open it again and save.</translation>
    </message>
    <message>
        <source>This change is no longer among the refused ones.</source>
        <translation>This change is no longer among the refused ones.</translation>
    </message>
</context>
<context>
    <name>gridsafe::OutboxDialog</name>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Changes waiting for the server</translation>
    </message>
    <message>
        <source>Send the refused change to the server once more, unchanged.</source>
        <translation>Send the refused change to the server once more, unchanged.</translation>
    </message>
    <message>
        <source>Drop the refused change; it will not be applied.</source>
        <translation>Drop the refused change; it will not be applied.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>Discard this change? It will not be applied.</source>
        <translation>Discard this change? It will not be applied.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Changes are kept here until the server confirms them. A change the server refused stays until you correct it, send it again or discard it.</source>
        <translation>Changes are kept here until the server confirms them. A change the server refused stays until you correct it, send it again or discard it.</translation>
    </message>
    <message>
        <source>Nothing is waiting: the server has every change you made.</source>
        <translation>Nothing is waiting: the server has every change you made.</translation>
    </message>
    <message>
        <source>Open the refused change with your values, correct it and send it again.</source>
        <translation>Open the refused change with your values, correct it and send it again.</translation>
    </message>
    <message>
        <source>Sent unchanged it would be refused again for the same reason: correct it or discard it.</source>
        <translation>Sent unchanged it would be refused again for the same reason: correct it or discard it.</translation>
    </message>
    <message numerus="yes">
        <source>Discard this change and the %n later change(s) made on top of it? None of them will be applied.</source>
        <translation>
            <numerusform>Discard this change and the later change made on top of it? Neither will be applied.</numerusform>
            <numerusform>Discard this change and the %n later changes made on top of it? None of them will be applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a change</source>
        <translation>Find a change</translation>
    </message>
</context>
<context>
    <name>gridsafe::OutboxTableModel</name>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Server's reason</source>
        <translation>Server's reason</translation>
    </message>
</context>
<context>
    <name>gridsafe::PasswordResetDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <source>%1 (%2) gets this password; everywhere they are logged in, they are logged out.</source>
        <translation>%1 (%2) gets this password; everywhere they are logged in, they are logged out.</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionEditDialog</name>
    <message>
        <source>Add a village, community or park to %1</source>
        <translation>Add a village, community or park to %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Add %1 to %2</translation>
    </message>
    <message>
        <source>Add a town or street to %1</source>
        <translation>Add a town or street to %1</translation>
    </message>
    <message>
        <source>Create the district</source>
        <translation>Create the district</translation>
    </message>
    <message>
        <source>optional, %1 digits, e.g. %2</source>
        <translation>optional, %1 digits, e.g. %2</translation>
    </message>
    <message>
        <source>Division code:</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <source>This division code has %1 digits: %2 are needed, or leave it empty.</source>
        <translation>This division code has %1 digits: %2 are needed, or leave it empty.</translation>
    </message>
    <message>
        <source>%1 already has "%2".</source>
        <translation>%1 already has "%2".</translation>
    </message>
    <message>
        <source>Create the district %1</source>
        <translation>Create the district %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeActions</name>
    <message>
        <source>Add village, community or park…</source>
        <translation>Add village, community or park…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeDelegate</name>
    <message>
        <source>Not in a grid</source>
        <extracomment>Marks a village, community or park that no grid covers yet.</extracomment>
        <translation>Not in a grid</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionTreeModel</name>
    <message>
        <source>%1, code %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Not in any grid: no active grid covers it yet.</source>
        <translation>Not in any grid: no active grid covers it yet.</translation>
    </message>
</context>
<context>
    <name>gridsafe::RegionsPanel</name>
    <message>
        <source>Create the district…</source>
        <translation>Create the district…</translation>
    </message>
    <message>
        <source>Add town or street…</source>
        <translation>Add town or street…</translation>
    </message>
    <message>
        <source>Add village, community or park…</source>
        <translation>Add village, community or park…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>There is no district yet. Create the district first; then import the region list from a CSV file (columns 区划代码, 名称, 类型, 上级) or add its towns and streets one by one.</source>
        <translation>There is no district yet. Create the district first; then import the region list from a CSV file (columns 区划代码, 名称, 类型, 上级) or add its towns and streets one by one.</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with the columns 区划代码, 名称, 类型 (镇/街道/村/社区/园区) and 上级; every row is checked before anything is created.</source>
        <translation>A UTF-8 CSV file with the columns 区划代码, 名称, 类型 (镇/街道/村/社区/园区) and 上级; every row is checked before anything is created.</translation>
    </message>
    <message>
        <source>Import the region list</source>
        <translation>Import the region list</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Region list imported: %1 rows, %2 created, %3 already there.</source>
        <translation>Region list imported: %1 rows, %2 created, %3 already there.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a region list may have at most %3 KiB.</source>
        <translation>%1 is %2 KiB; a region list may have at most %3 KiB.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. In Excel, save it as "CSV UTF-8".</source>
        <translation>%1 is not UTF-8 text. In Excel, save it as "CSV UTF-8".</translation>
    </message>
    <message>
        <source>Import the region list %1</source>
        <translation>Import the region list %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import outlines…</source>
        <extracomment>导入边界（GeoJSON）…</extracomment>
        <translation>Import outlines…</translation>
    </message>
    <message>
        <source>A GeoJSON file (WGS-84 or CGCS2000) of the villages', communities' and parks' outlines for the grid map, matched by region code or name; outlines already there are replaced.</source>
        <translation>A GeoJSON file (WGS-84 or CGCS2000) of the villages', communities' and parks' outlines for the grid map, matched by region code or name; outlines already there are replaced.</translation>
    </message>
    <message>
        <source>Import the outlines for the grid map</source>
        <translation>Import the outlines for the grid map</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON files (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Outlines imported: %1 areas, %2 new, %3 replaced.</source>
        <translation>Outlines imported: %1 areas, %2 new, %3 replaced.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; an outline file may have at most %3 KiB. Simplify the outlines or import the towns one file at a time.</source>
        <translation>%1 is %2 KiB; an outline file may have at most %3 KiB. Simplify the outlines or import the towns one file at a time.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, as GeoJSON must be.</source>
        <translation>%1 is not UTF-8 text, as GeoJSON must be.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>Import the outlines %1</source>
        <translation>Import the outlines %1</translation>
    </message>
</context>
<context>
    <name>gridsafe::RiskReportDialog</name>
    <message>
        <source>Risk report of %1</source>
        <extracomment>记录风险报告 %1 (the enterprise's name)</extracomment>
        <translation>Risk report of %1</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <extracomment>No level chosen yet: the user must pick one (no silent default).</extracomment>
        <translation>Choose the level</translation>
    </message>
    <message>
        <source>Optional, e.g. a new spray-painting line raised the level</source>
        <extracomment>e.g. 新增喷涂工序，风险等级由一般升为较大</extracomment>
        <translation>Optional, e.g. a new spray-painting line raised the level</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Latest report: %1, %2, %3. The register shows the latest report; every report stays in the history.</source>
        <translation>Latest report: %1, %2, %3. The register shows the latest report; every report stays in the history.</translation>
    </message>
    <message>
        <source>No risk report recorded yet.</source>
        <translation>No risk report recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>报告类型</extracomment>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <extracomment>报告日期</extracomment>
        <translation>Reported &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <extracomment>风险等级</extracomment>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>备注</extracomment>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The server refused this report: %1</source>
        <translation>The server refused this report: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Choose the risk level the report gives.</source>
        <translation>Choose the risk level the report gives.</translation>
    </message>
    <message>
        <source>The report date %1 is in the future.</source>
        <translation>The report date %1 is in the future.</translation>
    </message>
    <message>
        <source>A note may have at most %1 characters.</source>
        <translation>A note may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Risk report of %1: %2</source>
        <extracomment>The outbox's summary: 风险报告 常州某某有限公司：较大</extracomment>
        <translation>Risk report of %1: %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::ServerConnection</name>
    <message>
        <source>No login within the time limit.</source>
        <translation>No login within the time limit.</translation>
    </message>
    <message>
        <source>Frame of %1 bytes exceeds the limit of %2 bytes.</source>
        <translation>Frame of %1 bytes exceeds the limit of %2 bytes.</translation>
    </message>
    <message>
        <source>Message version %1 is not supported; this server speaks version %2.</source>
        <translation>Message version %1 is not supported; this server speaks version %2.</translation>
    </message>
    <message>
        <source>Unknown message type "%1".</source>
        <translation>Unknown message type "%1".</translation>
    </message>
    <message>
        <source>A request needs an 'id'.</source>
        <translation>A request needs an 'id'.</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>Send hello first.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <source>This server speaks protocol version %1, the client version %2. Install the matching GridSafe version.</source>
        <translation>This server speaks protocol version %1, the client version %2. Install the matching GridSafe version.</translation>
    </message>
    <message>
        <source>Too many failed logins. Try again in %1 seconds.</source>
        <translation>Too many failed logins. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The session has ended; log in again.</source>
        <translation>The session has ended; log in again.</translation>
    </message>
    <message>
        <source>'since' must be ≥ 0 and 'limit' between 1 and %1.</source>
        <translation>'since' must be ≥ 0 and 'limit' between 1 and %1.</translation>
    </message>
    <message>
        <source>No data for %1 seconds in the middle of a frame.</source>
        <translation>No data for %1 seconds in the middle of a frame.</translation>
    </message>
</context>
<context>
    <name>gridsafe::SessionStatusBar</name>
    <message>
        <source>The server accepted your change.</source>
        <translation>The server accepted your change.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Changes are kept and sent when the connection is back.</source>
        <translation>Changes are kept and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refused: %1 — %2</translation>
    </message>
    <message>
        <source>No changes are waiting to be sent.</source>
        <translation>No changes are waiting to be sent.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes</source>
        <translation>Syncing: %1 of %2 changes</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Show…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>gridsafe::SettingsPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
</context>
<context>
    <name>gridsafe::TownChooser</name>
    <message>
        <source>All towns</source>
        <extracomment>Every town of the district at once (全部镇（街道）).</extracomment>
        <translation>All towns</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingHistoryDialog</name>
    <message>
        <source>Training and exam records of %1</source>
        <extracomment>培训考核记录 — %1 is the town (镇/街道).</extracomment>
        <translation>Training and exam records of %1</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>培训日期
----------
考核日期</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>学时</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>培训内容</extracomment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Trainer</source>
        <extracomment>授课人</extracomment>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Attendees</source>
        <extracomment>参训人数</extracomment>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Inspector</source>
        <extracomment>网格员</extracomment>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>考核科目</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Score / pass mark</source>
        <extracomment>成绩 / 合格分</extracomment>
        <translation>Score / pass mark</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>考核结果</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>编辑所选培训记录</extracomment>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the selected session: its date, hours, topic, trainer or attendees</source>
        <translation>Change the selected session: its date, hours, topic, trainer or attendees</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <extracomment>记录培训…</extracomment>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <source>Record a training session of the town and who attended</source>
        <translation>Record a training session of the town and who attended</translation>
    </message>
    <message>
        <source>&amp;Training sessions</source>
        <extracomment>培训记录</extracomment>
        <translation>&amp;Training sessions</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <extracomment>考核成绩</extracomment>
        <translation>E&amp;xams</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a training's attendees; Chinese uses "、".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>An inspector the replica does not hold (yet), by number.</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <extracomment>On hovering a training's row: the names of those who attended (参训人员).</extracomment>
        <translation>Attended: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>An exam result: 合格 / 不合格.</extracomment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The score and the pass mark of an exam: "82 / 60".</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingPlanDialog</name>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Yearly training plan of %1</source>
        <extracomment>年度培训计划: the town's training plan for a year.</extracomment>
        <translation>Yearly training plan of %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Arrows move, F2 or typing edits a cell; Insert adds a session, Delete removes the selected ones.</source>
        <translation>Arrows move, F2 or typing edits a cell; Insert adds a session, Delete removes the selected ones.</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Add session</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Remove session</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Required &amp;hours per inspector:</source>
        <translation>Required &amp;hours per inspector:</translation>
    </message>
    <message>
        <source>&amp;Sessions planned:</source>
        <translation>&amp;Sessions planned:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>There is no plan for %1 yet: saving makes it.</source>
        <translation>There is no plan for %1 yet: saving makes it.</translation>
    </message>
    <message>
        <source>Saving replaces the %1 plan (last changed %2).</source>
        <translation>Saving replaces the %1 plan (last changed %2).</translation>
    </message>
    <message>
        <source>A training plan is made for last year, this year or next year (%1–%2), not %3.</source>
        <translation>A training plan is made for last year, this year or next year (%1–%2), not %3.</translation>
    </message>
    <message>
        <source>Required hours per inspector must be between 0 and %1.</source>
        <translation>Required hours per inspector must be between 0 and %1.</translation>
    </message>
    <message>
        <source>A plan holds at most %1 sessions.</source>
        <translation>A plan holds at most %1 sessions.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message>
        <source>month %1 is not a month of the year.</source>
        <translation>month %1 is not a month of the year.</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>training topic</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Training plan %1 of %2</source>
        <extracomment>The outbox's summary: 2026 年度培训计划（遥观镇）.</extracomment>
        <translation>Training plan %1 of %2</translation>
    </message>
</context>
<context>
    <name>gridsafe::TrainingSessionDialog</name>
    <message>
        <source>Record training in %1</source>
        <extracomment>记录培训: a training session of the town's inspectors (培训).</extracomment>
        <translation>Record training in %1</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <extracomment>编辑培训记录</extracomment>
        <translation>Edit training %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>After the number of hours of a training (学时).</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>e.g. Inspecting dust-explosion risks</source>
        <translation>e.g. Inspecting dust-explosion risks</translation>
    </message>
    <message>
        <source>e.g. Chen, district emergency bureau</source>
        <translation>e.g. Chen, district emergency bureau</translation>
    </message>
    <message>
        <source>Search by name or unit; Down moves to the list</source>
        <translation>Search by name or unit; Down moves to the list</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Ticks every inspector shown (the search narrows them).</source>
        <translation>Ticks every inspector shown (the search narrows them).</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>Unticks every inspector shown.</source>
        <translation>Unticks every inspector shown.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>Attend&amp;ees (tick everyone who attended):</source>
        <extracomment>参训网格员: the inspectors who attended the training.</extracomment>
        <translation>Attend&amp;ees (tick everyone who attended):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <extracomment>An inspector in the attendance list who no longer works as one (已停用).</extracomment>
        <translation>%1 — inactive</translation>
    </message>
    <message>
        <source>%1 of %2 attending</source>
        <extracomment>The attendance count under the list: "12 of 40 attending" (12 人参训，共 40 人).</extracomment>
        <translation>%1 of %2 attending</translation>
    </message>
    <message>
        <source>training date</source>
        <translation>training date</translation>
    </message>
    <message>
        <source>training topic</source>
        <translation>training topic</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>Tick at least one inspector who attended.</source>
        <translation>Tick at least one inspector who attended.</translation>
    </message>
    <message>
        <source>A training records at most %1 attendees.</source>
        <translation>A training records at most %1 attendees.</translation>
    </message>
    <message>
        <source>Edit training %1 (%2)</source>
        <extracomment>The outbox's summary of the change: 记录培训 / 修改培训.</extracomment>
        <translation>Edit training %1 (%2)</translation>
    </message>
    <message>
        <source>Record training %1 (%2)</source>
        <translation>Record training %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gridsafe::UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>3–32 of a–z, 0–9, . _ -  (e.g. yaoguan.li)</source>
        <translation>3–32 of a–z, 0–9, . _ -  (e.g. yaoguan.li)</translation>
    </message>
    <message>
        <source>e.g. 李静（遥观镇应急办）</source>
        <translation>e.g. 李静（遥观镇应急办）</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Town or street:</source>
        <translation>Town or street:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Give the password to the user in person; they can change it after logging in.</source>
        <translation>Give the password to the user in person; they can change it after logging in.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>The user name "%1" is taken.</source>
        <translation>The user name "%1" is taken.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Choose the town or street this user works for.</source>
        <translation>Choose the town or street this user works for.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Create user %1 (%2)</source>
        <translation>Create user %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gridsafe::UserTableModel</name>
    <message>
        <source>All towns</source>
        <translation>All towns</translation>
    </message>
    <message>
        <source>Town %1</source>
        <translation>Town %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>%1 · pending sync</source>
        <extracomment>An account's state while a change to it waits to be sent to the server.</extracomment>
        <translation>%1 · pending sync</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>Town or street</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>gridsafe::UsersPanel</name>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>No accounts have reached this computer yet. They arrive with the next sync; New user… creates one.</source>
        <translation>No accounts have reached this computer yet. They arrive with the next sync; New user… creates one.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They are logged out at once and cannot log in until enabled again.</source>
        <translation>Disable %1 (%2)? They are logged out at once and cannot log in until enabled again.</translation>
    </message>
    <message>
        <source>Enable %1 (%2)? They can log in again with their password.</source>
        <translation>Enable %1 (%2)? They can log in again with their password.</translation>
    </message>
    <message>
        <source>Disable user %1</source>
        <translation>Disable user %1</translation>
    </message>
    <message>
        <source>Enable user %1</source>
        <translation>Enable user %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>Find a user or town</source>
        <translation>Find a user or town</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GridSafe: grid-based safety supervision of industrial enterprises.</source>
        <translation>GridSafe: grid-based safety supervision of industrial enterprises.</translation>
    </message>
    <message>
        <source>Server to connect to (prefilled).</source>
        <translation>Server to connect to (prefilled).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>User name (prefilled).</source>
        <translation>User name (prefilled).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Log in at once with the password held in this environment variable.</source>
        <translation>Log in at once with the password held in this environment variable.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>Trust this SHA-256 certificate fingerprint for --server.</source>
        <translation>Trust this SHA-256 certificate fingerprint for --server.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>Folder for the local data.</source>
        <translation>Folder for the local data.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language of the user interface: zh_CN or en.</source>
        <translation>Language of the user interface: zh_CN or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>After login and the first sync, save the main window as PNG and quit.</source>
        <translation>After login and the first sync, save the main window as PNG and quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
</TS>
