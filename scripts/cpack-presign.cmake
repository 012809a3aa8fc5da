# CPack pre-build hook: signs what CPack has staged, before it is packed, so that the DMG, MSI and
# ZIP carry signed code. The workflows in .github/workflows pass it on cpack's command line,
#     cpack -G DragNDrop -D CPACK_PRE_BUILD_SCRIPTS=<checkout>/scripts/cpack-presign.cmake
# so no CMakeLists.txt names it (a -D value replaces one set in CPackConfig.cmake). CPack runs it
# after installing the project into CPACK_TEMPORARY_DIRECTORY; a FATAL_ERROR here fails cpack.
#
#   macOS:     every *.app at the top of the staging folder (at least one is required) and any
#              loose executable under bin/, through scripts/macos-sign.sh: with the identity in
#              $MACOS_SIGN_IDENTITY when it is set (hardened runtime, timestamp), else ad hoc.
#   Windows:   our own executables (yutang*.exe) with signtool, only when $WINDOWS_CERT_PFX_PATH
#              names a PFX file ($WINDOWS_CERT_PASSWORD, $WINDOWS_TIMESTAMP_URL); else nothing.
#   elsewhere: nothing.

set(stage "${CPACK_TEMPORARY_DIRECTORY}")
if(stage STREQUAL "" OR NOT IS_DIRECTORY "${stage}")
    message(FATAL_ERROR "cpack-presign: CPACK_TEMPORARY_DIRECTORY is not a folder: '${stage}'")
endif()

if(CMAKE_HOST_APPLE)
    file(GLOB apps LIST_DIRECTORIES true "${stage}/*.app")
    if(NOT apps)
        message(FATAL_ERROR "cpack-presign: no .app bundle in ${stage}")
    endif()
    file(GLOB_RECURSE loose "${stage}/bin/*")
    message(STATUS "cpack-presign: signing ${apps} ${loose}")
    execute_process(COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/macos-sign.sh" ${apps} ${loose}
                    COMMAND_ERROR_IS_FATAL ANY)
elseif(CMAKE_HOST_WIN32)
    if("$ENV{WINDOWS_CERT_PFX_PATH}" STREQUAL "")
        message(STATUS "cpack-presign: no WINDOWS_CERT_PFX_PATH, executables stay unsigned")
        return()
    endif()
    file(GLOB_RECURSE exes "${stage}/yutang*.exe")
    if(NOT exes)
        message(FATAL_ERROR "cpack-presign: no yutang*.exe in ${stage}")
    endif()
    set(timestamp_url "$ENV{WINDOWS_TIMESTAMP_URL}")
    if(timestamp_url STREQUAL "")
        set(timestamp_url "http://timestamp.digicert.com")
    endif()
    set(password_args)
    if(NOT "$ENV{WINDOWS_CERT_PASSWORD}" STREQUAL "")
        set(password_args /p "$ENV{WINDOWS_CERT_PASSWORD}")
    endif()
    message(STATUS "cpack-presign: signing ${exes}")
    execute_process(COMMAND signtool sign /fd SHA256 /f "$ENV{WINDOWS_CERT_PFX_PATH}" ${password_args}
                            /tr "${timestamp_url}" /td SHA256 ${exes}
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND signtool verify /pa ${exes} COMMAND_ERROR_IS_FATAL ANY)
else()
    message(STATUS "cpack-presign: nothing to sign on this platform")
endif()
