# Fails when a file under core/ includes a header of QtWidgets or QtGui: core is for the client,
# the server and the tools alike, and only QtCore, QtSql and QtNetwork may reach it.
# Used at configure time (include + function) and from CTest (cmake -DCORE_DIR=... -P this file).

function(lianxin_check_core_layering core_dir)
    file(GLOB_RECURSE sources "${core_dir}/*.h" "${core_dir}/*.cpp")
    set(offenders "")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" hits REGEX
            "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtPrintSupport|QtCharts)?/?Q(Widget|Dialog|MainWindow|MessageBox|Application|Abstract(Button|ItemView|ScrollArea)|LineEdit|Label|PushButton|TableView|TreeView|Layout|BoxLayout|Painter|Pixmap|Image|Font|Color|Printer|Action|Menu)[A-Za-z]*[>\"]|^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtPrintSupport|QtCharts)[/>\"]")
        if(hits)
            file(RELATIVE_PATH rel "${core_dir}" "${source}")
            list(APPEND offenders "core/${rel}: ${hits}")
        endif()
    endforeach()
    if(offenders)
        list(JOIN offenders "\n  " text)
        message(FATAL_ERROR "core/ must not include widget or GUI headers:\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED CORE_DIR)
    lianxin_check_core_layering("${CORE_DIR}")
endif()
