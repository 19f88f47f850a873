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
