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

The password comes from --password-file, the environment variable named by --password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line.</translation>
    </message>
    <message>
        <source>certificate %1 until %2</source>
        <translation>certificate %1 until %2</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>no valid certificate</translation>
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
</context>
<context>
    <name>ServerCore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
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
