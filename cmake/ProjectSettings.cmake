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
option(YUTANG_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (CI's clang and MSVC builds)" OFF)
add_feature_info(WarningsAsErrors YUTANG_WARNINGS_AS_ERRORS "compiler warnings fail the build")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(yutang_settings INTERFACE -Wall -Wextra -Wno-unused-parameter
        $<$<BOOL:${YUTANG_WARNINGS_AS_ERRORS}>:-Werror>)
elseif(MSVC)
    target_compile_options(yutang_settings INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus
        $<$<BOOL:${YUTANG_WARNINGS_AS_ERRORS}>:/WX>)
endif()
