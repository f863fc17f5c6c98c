# ctest packaging_install: `cmake --install` into a throwaway DESTDIR, then check that
# the binary, desktop entry, metainfo and icon land where desktops look for them (and the
# manual page, copyright, changelog and translations where the package puts them), and that
# the installed tree validates as a whole (launchable desktop id, icon, metainfo).
# Arguments: BUILD_DIR, DESTDIR, APP_ID, DESKTOP_FILE_VALIDATE, APPSTREAMCLI.
foreach(var BUILD_DIR DESTDIR APP_ID DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT ${var})
        message(FATAL_ERROR "check-install.cmake needs -D${var}=...")
    endif()
endforeach()

set(prefix /usr)
file(REMOVE_RECURSE "${DESTDIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DESTDIR}
        ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix ${prefix}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(root "${DESTDIR}${prefix}")
set(expected
    bin/leadintake
    libexec/leadintake/leadintake-preview
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/leadintake.1.gz
    share/doc/leadintake/copyright
    share/doc/leadintake/changelog.Debian.gz
    share/lintian/overrides/leadintake
    share/leadintake/translations/leadintake_en.qm
    share/leadintake/translations/leadintake_es.qm)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${root}/${path}")
        file(GLOB_RECURSE found RELATIVE "${DESTDIR}" "${DESTDIR}/*")
        message(FATAL_ERROR "missing after install: ${prefix}/${path}\ninstalled: ${found}")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${root}/bin" OR IS_DIRECTORY "${root}/bin/leadintake")
    message(FATAL_ERROR "bin/leadintake is not a file")
endif()
execute_process(COMMAND test -x "${root}/bin/leadintake" RESULT_VARIABLE notExecutable)
if(notExecutable)
    message(FATAL_ERROR "${prefix}/bin/leadintake is not executable")
endif()

# The desktop entry must name the installed icon and the installed binary.
file(READ "${root}/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n" OR NOT desktop MATCHES "\nExec=leadintake\n")
    message(FATAL_ERROR "the desktop entry does not name Icon=${APP_ID} and Exec=leadintake")
endif()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${root}/share/applications/${APP_ID}.desktop"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "warning|error")
    message(FATAL_ERROR "desktop-file-validate on the installed entry:\n${output}")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net "${root}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree on the installed tree:\n${output}")
endif()

message(STATUS "installed layout under ${DESTDIR}${prefix} is complete:\n${output}")
