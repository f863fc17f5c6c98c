# `make package` (cpack in the build folder): one Debian package, leadintake_VERSION-1_ARCH.deb,
# holding what `cmake --install` installs under /usr: the application, its manual page, the
# desktop entry, AppStream metainfo, icon, translations, copyright and changelog. Nothing
# from tests/ is installed. Checked with lintian by .ci/run.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leadintake)
set(CPACK_PACKAGE_VENDOR "The Lead Intake developers")
set(CPACK_PACKAGE_CONTACT "The Lead Intake developers <leadintake@example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The build is RelWithDebInfo; the package ships the binary without its debugging symbols.
set(CPACK_STRIP_FILES ON)

# Package name, version with a Debian revision, architecture: leadintake_0.1.0-1_amd64.deb.
# The revision matches packaging/debian/changelog (tst_manpage checks the two agree).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/leadintake")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "intake desk for law firms: walk-in prospects and their resumes")
set(CPACK_PACKAGE_DESCRIPTION
    "Lead Intake is the front desk of a law firm. A receptionist, or the prospect
at a reception kiosk, enters a first name, a last name, an email address and a
resume in PDF. The lead is stored at once, the prospect gets a confirmation and
an attorney is notified by email.

Attorneys see every lead in a table that stays fast with a million leads, read
each resume, keep notes and mark a lead as reached out. Accounts with roles, a
tamper-evident history and a command line for scripts are included. One desk
works on an embedded SQLite file; several desks share a PostgreSQL server.")

# Libraries come from dpkg-shlibdeps (the binary's NEEDED entries). What it cannot see is
# loaded by Qt at run time as plugins: the SQLite and PostgreSQL drivers and the platform
# (xcb, offscreen) plugins. Qt's own translations and xdg-open (opening a resume) help but
# are not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
