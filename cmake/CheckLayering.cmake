# Fails when a source includes what its layer may not (docs/ARCHITECTURE.md, "Who may include whom"):
# - core/ (client, server and tools alike): no widget or GUI header, nothing of ui/, server/, app/ or tests/;
# - ui/: nothing of server/, app/ or tests/; server/: nothing of ui/, app/ or tests/, no widget header;
# - inside server/: storage/ includes no other server folder, auth/ only storage/, sync/ only storage/ and auth/,
#   staff/ only sync/, auth/ and storage/.
# Used at configure time (include + function) and from CTest (cmake -DSOURCE_DIR=... -P this file).

set(LIANXIN_WIDGET_INCLUDE
    "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtPrintSupport|QtCharts)?/?Q(Widget|Dialog|MainWindow|MessageBox|Application|Abstract(Button|ItemView|ScrollArea)|LineEdit|Label|PushButton|TableView|TreeView|Layout|BoxLayout|Painter|Pixmap|Image|Font|Color|Printer|Action|Menu)[A-Za-z]*[>\"]|^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtPrintSupport|QtCharts)[/>\"]")

# Appends to `offenders` each line of the sources under `dir` that matches `pattern`.
function(lianxin_layering_rule source_dir dir pattern rule)
    file(GLOB_RECURSE sources "${source_dir}/${dir}/*.h" "${source_dir}/${dir}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" hits REGEX "${pattern}")
        if(hits)
            file(RELATIVE_PATH rel "${source_dir}" "${source}")
            string(APPEND offenders "\n  ${rel} (${rule}): ${hits}")
        endif()
    endforeach()
    set(offenders "${offenders}" PARENT_SCOPE)
endfunction()

function(lianxin_check_layering source_dir)
    set(offenders "")
    set(include "^[ \t]*#[ \t]*include[ \t]*\"")
    lianxin_layering_rule("${source_dir}" core "${LIANXIN_WIDGET_INCLUDE}" "core includes no widget or GUI header")
    lianxin_layering_rule("${source_dir}" core "${include}(ui|server|app|tests)/" "core includes only core")
    lianxin_layering_rule("${source_dir}" ui "${include}(server|app|tests)/" "ui includes core and ui")
    lianxin_layering_rule("${source_dir}" server "${include}(ui|app|tests)/" "server includes core and server")
    lianxin_layering_rule("${source_dir}" server "${LIANXIN_WIDGET_INCLUDE}" "server includes no widget or GUI header")
    lianxin_layering_rule("${source_dir}" server/storage "${include}server/(auth|sync|admin|api|http|staff)/"
                          "server storage is the lowest layer")
    lianxin_layering_rule("${source_dir}" server/auth "${include}server/(sync|admin|api|http|staff)/" "server auth sits on storage")
    lianxin_layering_rule("${source_dir}" server/sync "${include}server/(admin|api|http|staff)/" "server sync sits on auth and storage")
    lianxin_layering_rule("${source_dir}" server/staff "${include}server/(admin|api|http)/"
                          "server staff sits on sync, auth and storage")
    if(offenders)
        message(FATAL_ERROR "Includes that break the layering (docs/ARCHITECTURE.md):${offenders}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED SOURCE_DIR)
    lianxin_check_layering("${SOURCE_DIR}")
endif()
