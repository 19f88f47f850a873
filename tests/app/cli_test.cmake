# End-to-end check of the client's terminal commands on a real workspace:
# cmake -DLIANXIN=<path to lianxin> -DWORK=<empty folder> -P cli_test.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(expect_exit code)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err
                    INPUT_FILE "${WORK}/password.txt")
    if(NOT result EQUAL code)
        message(FATAL_ERROR "expected exit ${code}, got ${result}: ${ARGN}\n${out}\n${err}")
    endif()
    set(last_output "${out}${err}" PARENT_SCOPE)
endfunction()

file(WRITE "${WORK}/password.txt" "a long password\n")
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --make-demo 60 --seed 3)
if(NOT last_output MATCHES "officer +grid_officer")
    message(FATAL_ERROR "the demo's accounts were not listed:\n${last_output}")
endif()
# A second demo in the same workspace is refused.
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --make-demo 60)

expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --add-account wanghai --name 汪海 --role grid_officer
            --scope 34082810120101)
# The same user name again, an unknown role, an unknown region, a short password: each refused.
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --add-account wanghai --name 汪海 --role grid_officer
            --scope 34082810120101)
if(NOT last_output MATCHES "username")
    message(FATAL_ERROR "the duplicate was not named:\n${last_output}")
endif()
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --add-account chu --name 储 --role sheriff --scope 34082810120101)
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --add-account chu --name 储 --role mediator --scope 999)
file(WRITE "${WORK}/password.txt" "short\n")
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --add-account chu --name 储 --role mediator --scope 340828101201)
# Bad command-line values.
expect_exit(2 "${LIANXIN}" --data-dir "${WORK}/ws" --lang fr)
expect_exit(2 "${LIANXIN}" --data-dir "${WORK}/ws" --make-demo none)

# Backup and restore: the settings of this run stay in the work folder.
set(ENV{XDG_CONFIG_HOME} "${WORK}/config")
file(WRITE "${WORK}/password.txt" "a backup passphrase\n")
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --backup "${WORK}/ws.lxbackup")
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/none" --backup "${WORK}/none.lxbackup")
file(WRITE "${WORK}/password.txt" "not the passphrase\n")
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/restored" --restore "${WORK}/ws.lxbackup")
if(NOT last_output MATCHES "口令|passphrase" OR EXISTS "${WORK}/restored/lianxin.db")
    message(FATAL_ERROR "a wrong passphrase was not refused cleanly:\n${last_output}")
endif()
file(WRITE "${WORK}/password.txt" "a backup passphrase\n")
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/restored" --restore "${WORK}/ws.lxbackup")
if(NOT EXISTS "${WORK}/restored/lianxin.db")
    message(FATAL_ERROR "the restore wrote no store:\n${last_output}")
endif()
# Restoring over a workspace keeps the store it replaces.
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/restored" --restore "${WORK}/ws.lxbackup")
file(GLOB kept "${WORK}/restored/before-restore-*/lianxin.db")
if(NOT kept)
    message(FATAL_ERROR "the replaced store was not kept:\n${last_output}")
endif()

# A roster into grid 34082810120101: checked without writing, its bad household named by row and column,
# then imported without it, and a second import changes nothing.
file(WRITE "${WORK}/roster.csv" "新安村花名册\n户号,姓名,与户主关系,身份证号码,联系电话,家庭住址\n"
     "A1,程明,户主,340828196103070518,13905561111,新村组1号\n"
     "A1,汪芳,配偶,340828196305010521,,\n"
     "A2,程亮,户主,34082819700101001,13905562222,新村组2号\n")
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --import "${WORK}/roster.csv" --grid 34082810120101
            --dry-run --json)
string(JSON households GET "${last_output}" households)
string(JSON row GET "${last_output}" problems 0 row)
string(JSON column GET "${last_output}" problems 0 column)
string(JSON severity GET "${last_output}" problems 0 severity)
if(NOT households EQUAL 2 OR NOT row EQUAL 5 OR NOT column STREQUAL "D" OR NOT severity STREQUAL "error")
    message(FATAL_ERROR "the dry run did not name row 5, column D:\n${last_output}")
endif()
expect_exit(1 "${LIANXIN}" --data-dir "${WORK}/ws" --import "${WORK}/roster.csv" --grid 34082810120101 --json)
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --import "${WORK}/roster.csv" --grid 34082810120101
            --skip-bad-rows --json)
string(JSON added GET "${last_output}" imported persons_added)
if(NOT added EQUAL 2)
    message(FATAL_ERROR "the good household was not imported:\n${last_output}")
endif()
expect_exit(0 "${LIANXIN}" --data-dir "${WORK}/ws" --import "${WORK}/roster.csv" --grid 34082810120101
            --skip-bad-rows --json)
string(JSON unchanged GET "${last_output}" imported persons_unchanged)
if(NOT unchanged EQUAL 2)
    message(FATAL_ERROR "a second import changed something:\n${last_output}")
endif()

# --help and --version answer in a terminal without any display.
expect_exit(0 ${CMAKE_COMMAND} -E env --unset=QT_QPA_PLATFORM --unset=DISPLAY --unset=WAYLAND_DISPLAY
            "${LIANXIN}" --help)
if(NOT last_output MATCHES "--import")
    message(FATAL_ERROR "--help did not list --import:\n${last_output}")
endif()
expect_exit(0 ${CMAKE_COMMAND} -E env --unset=QT_QPA_PLATFORM --unset=DISPLAY --unset=WAYLAND_DISPLAY
            "${LIANXIN}" --version)
# In the language asked for.
expect_exit(0 ${CMAKE_COMMAND} -E env --unset=QT_QPA_PLATFORM --unset=DISPLAY --unset=WAYLAND_DISPLAY
            "${LIANXIN}" --lang zh_CN --help)
if(NOT last_output MATCHES "花名册")
    message(FATAL_ERROR "--help was not in Chinese:\n${last_output}")
endif()
