# `cmake --install` (or `ninja install`) puts sysprune where other projects
# find it: the tool, the runtime library and its headers, the CMake package
# (find_package(sysprune) and sysprune_harden) and a pkg-config file for the
# runtime, for builds without CMake.
#
#   bin/sysprune
#   include/sysprune/{runtime.h,embedded_filter.h}
#   lib/libsysprune-runtime.a, lib/libsysprune-autoinstall.a
#   lib/cmake/sysprune/{syspruneConfig,syspruneConfigVersion,syspruneTargets,
#                       SyspruneHarden}.cmake
#   lib/pkgconfig/sysprune-runtime.pc
#
# The tool keeps its library models and the path of clang's resource
# directory inside the executable, so it runs from any prefix; the runtime
# needs neither LLVM nor libseccomp.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SYSPRUNE_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/sysprune)

# The before-main installer as a static library of its one object, for
# users outside this tree: linked whole (--whole-archive), it is kept like
# the object library is here, and the same archive serves pkg-config.
add_library(sysprune_autoinstall_archive STATIC
  $<TARGET_OBJECTS:sysprune_autoinstall>)
set_target_properties(sysprune_autoinstall_archive PROPERTIES
  OUTPUT_NAME sysprune-autoinstall LINKER_LANGUAGE CXX EXPORT_NAME autoinstall)
target_link_libraries(sysprune_autoinstall_archive INTERFACE sysprune_runtime)

target_include_directories(sysprune_runtime PUBLIC
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
set_target_properties(sysprune_runtime PROPERTIES
  OUTPUT_NAME sysprune-runtime EXPORT_NAME runtime)

install(TARGETS sysprune sysprune_runtime sysprune_autoinstall_archive
  EXPORT syspruneTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/sysprune
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT syspruneTargets NAMESPACE sysprune::
  DESTINATION ${SYSPRUNE_INSTALL_CMAKEDIR})

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/syspruneConfig.cmake.in
  ${PROJECT_BINARY_DIR}/syspruneConfig.cmake
  INSTALL_DESTINATION ${SYSPRUNE_INSTALL_CMAKEDIR})
# The policy and facts formats change between versions before 1.0, so only
# the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/syspruneConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/syspruneConfig.cmake
  ${PROJECT_BINARY_DIR}/syspruneConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/SyspruneHarden.cmake
  DESTINATION ${SYSPRUNE_INSTALL_CMAKEDIR})

# The .pc file finds the prefix from its own place (${pcfiledir}), so that
# `cmake --install --prefix` anywhere gives a working file.
set(SYSPRUNE_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH SYSPRUNE_PC_TO_PREFIX /prefix/${SYSPRUNE_PC_DIR} /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/sysprune-runtime.pc.in
  ${PROJECT_BINARY_DIR}/sysprune-runtime.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/sysprune-runtime.pc
  DESTINATION ${SYSPRUNE_PC_DIR})
