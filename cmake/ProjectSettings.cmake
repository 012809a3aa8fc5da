# One INTERFACE target carries the compiler settings that every library and executable links.
add_library(yutang_settings INTERFACE)
target_compile_features(yutang_settings INTERFACE cxx_std_20)
target_compile_definitions(yutang_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
)

option(YUTANG_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (-Werror, /WX)" OFF)
add_feature_info(WarningsAsErrors YUTANG_WARNINGS_AS_ERRORS "compiler warnings fail the build")

# C++ only ($<COMPILE_LANGUAGE:CXX>): the Windows resource compiler gets these targets' options too
# and rejects them.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(yutang_settings INTERFACE
        "$<$<COMPILE_LANGUAGE:CXX>:-Wall;-Wextra;-Wno-unused-parameter>"
        $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<BOOL:${YUTANG_WARNINGS_AS_ERRORS}>>:-Werror>)
elseif(MSVC)
    # /permissive- : standard conformance; /Zc:__cplusplus : report the real standard in
    # __cplusplus (Qt checks it); /utf-8 : sources and execution character set are UTF-8.
    target_compile_options(yutang_settings INTERFACE
        "$<$<COMPILE_LANGUAGE:CXX>:/W4;/utf-8;/permissive-;/Zc:__cplusplus>"
        $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<BOOL:${YUTANG_WARNINGS_AS_ERRORS}>>:/WX>)
endif()

# Windows version resource (icon, VERSIONINFO) for an executable, from one template:
# packaging/windows/yutang.rc.in. Does nothing on other platforms.
#   yutang_add_version_resource(<target> DESCRIPTION "<FileDescription>")
function(yutang_add_version_resource target)
    if(NOT WIN32)
        return()
    endif()
    cmake_parse_arguments(RC "" "DESCRIPTION" "" ${ARGN})
    set(YUTANG_RC_NAME ${target})
    set(YUTANG_RC_DESCRIPTION "${RC_DESCRIPTION}")
    set(YUTANG_RC_ICON "${YUTANG_ICONS_DIR}/yutang.ico")
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/yutang.rc.in
        ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
endfunction()
