# The documents' font: Noto Sans CJK SC from fonts-noto-cjk without the code points that make Qt's PDFs
# copy and search 人 as the radical ⼈ (derive-document-font.py says why), derived at build time with
# Debian's python3-fonttools into the build tree's share/lianxin/fonts, where the programs find it as they
# find it installed: bin/../share/lianxin/fonts (ui/documents/DocumentFont.cpp).

set(LIANXIN_NOTO_CJK_DIR /usr/share/fonts/opentype/noto CACHE PATH "The folder of fonts-noto-cjk's NotoSansCJK-*.ttc")
set(lianxin_document_font_family "Lianxin Document Sans")
set(lianxin_document_font_stem LianxinDocumentSans) # files LianxinDocumentSans-Regular.otf, -Bold.otf
set(lianxin_document_font_dir ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/lianxin/fonts)
file(RELATIVE_PATH lianxin_document_font_dir_from_bin ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_DATADIR}/lianxin/fonts)

# A Python 3 that has fontTools: Debian's, also where another python3 comes first on PATH.
if(NOT LIANXIN_FONTTOOLS_PYTHON)
    find_program(lianxin_python3_on_path python3)
    foreach(candidate /usr/bin/python3 ${lianxin_python3_on_path})
        execute_process(COMMAND ${candidate} -c "import fontTools" RESULT_VARIABLE lianxin_fonttools_missing
                        OUTPUT_QUIET ERROR_QUIET)
        if(lianxin_fonttools_missing EQUAL 0)
            set(LIANXIN_FONTTOOLS_PYTHON ${candidate} CACHE FILEPATH "A Python 3 with fontTools (python3-fonttools)")
            break()
        endif()
    endforeach()
    if(NOT LIANXIN_FONTTOOLS_PYTHON)
        message(FATAL_ERROR "No Python 3 with fontTools: install python3-fonttools (packaging/dev.sh does).")
    endif()
endif()

set(lianxin_document_fonts)
foreach(style Regular Bold)
    set(source ${LIANXIN_NOTO_CJK_DIR}/NotoSansCJK-${style}.ttc)
    if(NOT EXISTS ${source})
        message(FATAL_ERROR "${source} is missing: install fonts-noto-cjk (packaging/dev.sh does).")
    endif()
    set(output ${lianxin_document_font_dir}/${lianxin_document_font_stem}-${style}.otf)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${lianxin_document_font_dir}
        COMMAND ${LIANXIN_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/derive-document-font.py
                ${source} "Noto Sans CJK SC" ${lianxin_document_font_family} ${output}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/derive-document-font.py ${source}
        COMMENT "Deriving the documents' font ${lianxin_document_font_stem}-${style}.otf"
        VERBATIM)
    list(APPEND lianxin_document_fonts ${output})
endforeach()
add_custom_target(lianxin_document_fonts ALL DEPENDS ${lianxin_document_fonts})
add_dependencies(lianxin_ui lianxin_document_fonts)
# Only the file that registers the font needs to know its name and where it is.
set_source_files_properties(${PROJECT_SOURCE_DIR}/ui/documents/DocumentFont.cpp TARGET_DIRECTORY lianxin_ui PROPERTIES
    COMPILE_DEFINITIONS "LIANXIN_DOCUMENT_FONT_FAMILY=\"${lianxin_document_font_family}\";\
LIANXIN_DOCUMENT_FONT_STEM=\"${lianxin_document_font_stem}\";\
LIANXIN_DOCUMENT_FONT_BUILD_DIR=\"${lianxin_document_font_dir}\";\
LIANXIN_DOCUMENT_FONT_DIR_FROM_BIN=\"${lianxin_document_font_dir_from_bin}\"")
install(FILES ${lianxin_document_fonts} DESTINATION ${CMAKE_INSTALL_DATADIR}/lianxin/fonts)
