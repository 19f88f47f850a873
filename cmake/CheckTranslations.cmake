# Fails when a translation file has unfinished or empty translations: zh_CN is the users' first
# language and must be complete. Run by CTest: cmake -DTS_FILE=... -P CheckTranslations.cmake
file(READ "${TS_FILE}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
string(REGEX MATCHALL "<translation></translation>|<translation/>" empty "${content}")
list(LENGTH unfinished unfinished_count)
list(LENGTH empty empty_count)
if(unfinished_count GREATER 0 OR empty_count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${unfinished_count} unfinished and ${empty_count} empty translation(s). "
                        "Run `cmake --build build --target update_translations` and translate them.")
endif()
