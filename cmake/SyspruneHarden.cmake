# sysprune_harden(<target> [ACTION kill|errno|trap|complain] [ERRNO <n>]
#                 [REPORT <file>] [ON_INSTALL_FAILURE stop|continue]
#                 [ENTRY <name>...] [LIBS <library.so>...])
#
# Makes <target> (an executable) enforce a seccomp policy derived from its own
# sources: at build time `sysprune scan` writes <target>.policy.json beside
# the target, `sysprune compile` turns it into a BPF filter embedded in a
# generated source file, and the sysprune runtime, linked in, installs that
# filter before main. The target's sources need no change.
#
#   ACTION  what a syscall outside the policy does: kill (default) the
#           process, errno (the call fails with ERRNO, default 1 = EPERM),
#           trap (print a one-line report naming the syscall, then die),
#           or complain (let it run, and append its first call to REPORT:
#           for learning runs; default <target>.sysprune-complaints.txt in
#           the target's build directory)
#   ON_INSTALL_FAILURE  what the program does when the kernel refuses its
#           filter: stop (default: say why, exit with status 120) or
#           continue (say why, run unprotected)
#   ENTRY   functions where execution starts (default: main)
#   LIBS    shared libraries the target links (other than the C and C++
#           runtimes), modelled from their machine code for the scan. The
#           shared libraries target_link_libraries() gave the target before
#           this call (library targets, imported ones with a location, and
#           paths to .so files) are added by themselves.
#
# The policy file's path is stored in the target property SYSPRUNE_POLICY.

set(SYSPRUNE_TOOL_TARGET sysprune CACHE STRING "The sysprune executable target")
set(SYSPRUNE_RUNTIME_TARGET sysprune_runtime CACHE STRING "The runtime library target")
set(SYSPRUNE_AUTOINSTALL_TARGET sysprune_autoinstall CACHE STRING
    "The object library that installs the embedded filter before main")

# ARG_<keyword>, defaulted to the first of the allowed values, or a fatal
# error naming them.
macro(_sysprune_choice target keyword)
  set(_allowed ${ARGN})
  if(NOT ARG_${keyword})
    list(GET _allowed 0 ARG_${keyword})
  endif()
  if(NOT ARG_${keyword} IN_LIST _allowed)
    list(JOIN _allowed ", " _names)
    message(FATAL_ERROR "sysprune_harden(${target}): ${keyword} must be one of ${_names}, not '${ARG_${keyword}}'")
  endif()
endmacro()

function(sysprune_harden target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "ACTION;ERRNO;REPORT;ON_INSTALL_FAILURE" "ENTRY;LIBS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "sysprune_harden(${target}): unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "sysprune_harden(${target}): no such target")
  endif()
  get_target_property(type ${target} TYPE)
  if(NOT type STREQUAL "EXECUTABLE")
    message(FATAL_ERROR "sysprune_harden(${target}): only executables can be hardened (it is a ${type})")
  endif()
  _sysprune_choice(${target} ACTION kill errno trap complain)
  _sysprune_choice(${target} ON_INSTALL_FAILURE stop continue)
  set(report_args)
  if(ARG_ACTION STREQUAL "complain")
    if(NOT ARG_REPORT)
      set(ARG_REPORT ${CMAKE_CURRENT_BINARY_DIR}/${target}.sysprune-complaints.txt)
    endif()
    set(report_args --report ${ARG_REPORT})
  elseif(ARG_REPORT)
    message(FATAL_ERROR "sysprune_harden(${target}): REPORT is for ACTION complain")
  endif()
  if(NOT ARG_ERRNO)
    set(ARG_ERRNO 1)
  endif()

  # The target's own C and C++ sources, as absolute paths: exactly the files
  # compile_commands.json lists for it.
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(scan_sources)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\.(c|cc|cpp|cxx|c\\+\\+)$" AND NOT source MATCHES "^\\$<")
      cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} NORMALIZE)
      list(APPEND scan_sources ${source})
    endif()
  endforeach()
  if(NOT scan_sources)
    message(FATAL_ERROR "sysprune_harden(${target}): the target has no C or C++ sources to scan")
  endif()

  set(entry_args)
  foreach(entry IN LISTS ARG_ENTRY)
    list(APPEND entry_args --entry ${entry})
  endforeach()
  # The shared libraries the target links, as far as CMake knows them now.
  set(libs ${ARG_LIBS})
  get_target_property(linked ${target} LINK_LIBRARIES)
  if(NOT linked)
    set(linked)
  endif()
  foreach(item IN LISTS linked)
    if(TARGET ${item})
      get_target_property(item_type ${item} TYPE)
      if(item_type STREQUAL "SHARED_LIBRARY")
        list(APPEND libs $<TARGET_FILE:${item}>)
      endif()
    elseif(item MATCHES "^/.*\\.so(\\.[0-9]+)*$")
      list(APPEND libs ${item})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES libs)
  set(lib_args)
  foreach(lib IN LISTS libs)
    list(APPEND lib_args --lib ${lib})
  endforeach()

  set(dir ${CMAKE_CURRENT_BINARY_DIR})
  set(policy ${dir}/${target}.policy.json)
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST languages)
    set(filter_source ${dir}/${target}.sysprune-filter.c)
  else()
    set(filter_source ${dir}/${target}.sysprune-filter.cc)
  endif()

  # The depfile names every header the scan read, so that editing one
  # rescans (Ninja and Makefile generators read it).
  add_custom_command(OUTPUT ${policy}
    COMMAND ${SYSPRUNE_TOOL_TARGET} scan -p ${CMAKE_BINARY_DIR} -o ${policy}
            --depfile ${policy}.d --root ${CMAKE_SOURCE_DIR} ${entry_args}
            ${lib_args} ${scan_sources}
    DEPENDS ${scan_sources} ${SYSPRUNE_TOOL_TARGET} ${libs}
    DEPFILE ${policy}.d
    COMMENT "sysprune: scanning ${target}"
    VERBATIM)
  add_custom_command(OUTPUT ${filter_source}
    COMMAND ${SYSPRUNE_TOOL_TARGET} compile ${policy} --action ${ARG_ACTION}
            --errno ${ARG_ERRNO} ${report_args}
            --on-install-failure ${ARG_ON_INSTALL_FAILURE} -o ${filter_source}
    DEPENDS ${policy} ${SYSPRUNE_TOOL_TARGET}
    COMMENT "sysprune: compiling the policy of ${target}"
    VERBATIM)

  target_sources(${target} PRIVATE ${filter_source}
                 $<TARGET_OBJECTS:${SYSPRUNE_AUTOINSTALL_TARGET}>)
  target_link_libraries(${target} PRIVATE ${SYSPRUNE_RUNTIME_TARGET})
  set_target_properties(${target} PROPERTIES SYSPRUNE_POLICY ${policy})
endfunction()
