# Read by cpack for each generator. CPackDeb would put CPACK_PACKAGE_DESCRIPTION_SUMMARY
# above each package's description as a shared synopsis; gridsafe-server and
# gridsafe-desktop each start theirs with their own (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION).
if(CPACK_GENERATOR STREQUAL "DEB")
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
