# sysprune_harden(<target> [POLICY <committed-policy.json>]
#                 [ACTION kill|errno|trap|complain] [ERRNO <n>]
#                 [REPORT <file>] [ON_INSTALL_FAILURE stop|continue]
#                 [ENTRY <name>...] [LIBS <library.so>...]
#                 [ALLOW_UNMODELLED <name>...] [RUNS <program>...]
#                 [LIBC auto|portable|debian-12])
#
# Makes <target> (an executable) enforce a seccomp policy derived from its own
# sources. The target's sources need no change. Build steps it adds, so that
# the build system runs them in parallel and re-runs only what changed:
#
#   compile commands  a copy of compile_commands.json in <target>.sysprune/
#          that changes only when its contents do (CMake rewrites the
#          original at every configure)
#   scan   one `sysprune scan-tu` per C/C++ source of the target, writing
#          <target>.sysprune/<source>.facts.json; re-run when the source, a
#          header it read (depfile), its compile command
#          (compile_commands.json) or the tool changes
#   link   `sysprune link` of the target's facts files into
#          <target>.policy.json beside the target (the policy its code needs)
#   check  with POLICY only: `sysprune check --policy <committed>` over the
#          facts files; it fails the build, with a diagnostic at each source
#          line that needs a syscall or argument value the committed policy
#          lacks, before the program is linked
#   compile `sysprune compile` of the policy (the committed one with POLICY,
#          the generated one without) into a generated source file holding
#          the BPF filter, compiled into the target; the sysprune runtime,
#          linked in, installs that filter before main
#
#   POLICY  the reviewed policy, kept in the source tree (relative paths are
#           relative to the current source directory): the program enforces
#           exactly it, and the build fails when the code needs more
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
#           this call (library targets, imported ones with a location,
#           paths to .so files, and names such as `z` for libz.so, looked up
#           on the loader's search path) are added by themselves.
#   ALLOW_UNMODELLED  functions (as the scan names them) or libraries the
#           build may accept as making no syscalls. Without it, a call no
#           model describes, or a linked library that cannot be found, stops
#           the build: the hardened program would be killed by any syscall
#           it makes there.
#   RUNS    programs the target runs (paths, or names looked up on PATH):
#           they inherit its filter, so the policy includes what each does,
#           read from its machine code. What the source names as a
#           constant (a path for execv or posix_spawn, a name for execvp, a
#           command line for system or popen) is included by itself.
#   LIBC    the C library (with its loader and C++ runtime) the program will
#           run with: auto (default) the one installed on the build
#           machine; the program then stops at start, with one line and
#           status 121, where another release runs it. portable: any of
#           the releases sysprune has models of (Debian 11, 12, 13 and
#           unstable: glibc 2.31, 2.36, 2.41, 2.43), for a binary that is
#           built once and run on several; its policy is looser. debian-12:
#           Debian 12's, whatever the build machine has. See docs/libc.md.
#
# The scan reads the compile commands from compile_commands.json, so the
# target exports them (EXPORT_COMPILE_COMMANDS) and the generator must be
# Ninja or a Makefile one. The generated policy's path is stored in the
# target property SYSPRUNE_POLICY.
#
# In sysprune's own tree the function uses the tool and runtime being built;
# syspruneConfig.cmake sets these to the installed, imported targets first.
set(SYSPRUNE_TOOL_TARGET sysprune CACHE STRING "The sysprune executable target")
set(SYSPRUNE_RUNTIME_TARGET sysprune_runtime CACHE STRING "The runtime library target")
set(SYSPRUNE_AUTOINSTALL_TARGET sysprune_autoinstall CACHE STRING
    "The object library (or static library, linked whole) that installs the embedded filter before main")

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
  cmake_parse_arguments(PARSE_ARGV 1 ARG ""
    "POLICY;ACTION;ERRNO;REPORT;ON_INSTALL_FAILURE;LIBC"
    "ENTRY;LIBS;ALLOW_UNMODELLED;RUNS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "sysprune_harden(${target}): unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(ARG_KEYWORDS_MISSING_VALUES)
    list(JOIN ARG_KEYWORDS_MISSING_VALUES ", " missing)
    message(FATAL_ERROR "sysprune_harden(${target}): ${missing} needs a value")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "sysprune_harden(${target}): no such target")
  endif()
  get_target_property(type ${target} TYPE)
  if(NOT type STREQUAL "EXECUTABLE")
    message(FATAL_ERROR "sysprune_harden(${target}): only executables can be hardened (it is a ${type})")
  endif()
  # The scan needs the compile commands in compile_commands.json, which only
  # these generators write.
  if(NOT CMAKE_GENERATOR MATCHES "Ninja|Makefiles")
    message(FATAL_ERROR "sysprune_harden(${target}): the scan reads compile_commands.json, which the '${CMAKE_GENERATOR}' generator does not write; use Ninja or a Makefile generator")
  endif()
  _sysprune_choice(${target} ACTION kill errno trap complain)
  _sysprune_choice(${target} ON_INSTALL_FAILURE stop continue)
  _sysprune_choice(${target} LIBC auto portable debian-12)
  set(report_args)
  if(ARG_ACTION STREQUAL "complain")
    if(NOT ARG_REPORT)
      set(ARG_REPORT ${CMAKE_CURRENT_BINARY_DIR}/${target}.sysprune-complaints.txt)
    endif()
    set(report_args --report ${ARG_REPORT})
  elseif(ARG_REPORT)
    message(FATAL_ERROR "sysprune_harden(${target}): REPORT is for ACTION complain")
  endif()
  if(NOT DEFINED ARG_ERRNO)
    set(ARG_ERRNO 1)
  elseif(NOT ARG_ERRNO MATCHES "^[0-9]+$" OR ARG_ERRNO LESS 1 OR ARG_ERRNO GREATER 4095)
    message(FATAL_ERROR "sysprune_harden(${target}): ERRNO must be a number from 1 to 4095, not '${ARG_ERRNO}'")
  endif()
  set(committed)
  if(DEFINED ARG_POLICY)
    cmake_path(ABSOLUTE_PATH ARG_POLICY BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
               NORMALIZE OUTPUT_VARIABLE committed)
    if(NOT EXISTS ${committed} OR IS_DIRECTORY ${committed})
      message(FATAL_ERROR "sysprune_harden(${target}): POLICY '${ARG_POLICY}' is not a file (looked for ${committed})")
    endif()
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
  list(REMOVE_DUPLICATES scan_sources)
  if(NOT scan_sources)
    message(FATAL_ERROR "sysprune_harden(${target}): the target has no C or C++ sources to scan")
  endif()

  set(entry_args)
  foreach(entry IN LISTS ARG_ENTRY)
    list(APPEND entry_args --entry ${entry})
  endforeach()
  # The shared libraries the target links, as far as CMake knows them now.
  set(libs ${ARG_LIBS})
  set(named_libs)
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
    elseif(item MATCHES "^-l([A-Za-z0-9_.+-]+)$")
      list(APPEND named_libs ${CMAKE_MATCH_1})
    elseif(item MATCHES "^[A-Za-z0-9_.+-]+$" AND NOT item MATCHES "::")
      list(APPEND named_libs ${item})
    endif()
  endforeach()
  # Libraries named as the linker's -l would take them; the C library's own
  # parts (libm, and what glibc 2.34 merged into libc) are in its model.
  set(libc_parts c m dl pthread rt util anl)
  set(lib_names)
  foreach(name IN LISTS named_libs)
    if(NOT name IN_LIST libc_parts)
      list(APPEND lib_names ${name})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES libs)
  set(lib_args)
  list(REMOVE_DUPLICATES lib_names)
  foreach(lib IN LISTS libs lib_names)
    list(APPEND lib_args --lib ${lib})
  endforeach()
  set(allow_args)
  foreach(name IN LISTS ARG_ALLOW_UNMODELLED)
    list(APPEND allow_args --allow-unmodelled ${name})
  endforeach()
  set(runs_args)
  foreach(program IN LISTS ARG_RUNS)
    list(APPEND runs_args --runs ${program})
  endforeach()
  # What links the facts: the same for the generated policy and the check.
  set(link_args --root ${CMAKE_SOURCE_DIR} ${entry_args} ${lib_args}
      ${allow_args} ${runs_args} --libc ${ARG_LIBC})

  set(dir ${CMAKE_CURRENT_BINARY_DIR})
  set(facts_dir ${dir}/${target}.sysprune)
  set(policy ${dir}/${target}.policy.json)
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST languages)
    set(filter_source ${dir}/${target}.sysprune-filter.c)
  else()
    set(filter_source ${dir}/${target}.sysprune-filter.cc)
  endif()

  # The scans read the compile commands CMake writes into
  # compile_commands.json. CMake rewrites that file at every configure, even
  # unchanged, so the scans depend on a copy that changes only when its
  # contents do (copy_if_different). The byproduct makes Ninja re-check the
  # copy's time after the step (restat) and spare what depends on it: a
  # change of a source's flags rescans, a mere re-configure does not.
  set_target_properties(${target} PROPERTIES EXPORT_COMPILE_COMMANDS ON)
  set(compile_commands ${facts_dir}/compile_commands.json)
  add_custom_command(OUTPUT ${compile_commands}
    BYPRODUCTS ${facts_dir}/compile_commands.stamp
    COMMAND ${CMAKE_COMMAND} -E copy_if_different
            ${CMAKE_BINARY_DIR}/compile_commands.json ${compile_commands}
    COMMAND ${CMAKE_COMMAND} -E touch ${facts_dir}/compile_commands.stamp
    DEPENDS ${CMAKE_BINARY_DIR}/compile_commands.json
    COMMENT "sysprune: compile commands of ${target}"
    VERBATIM)

  # One scan per source, like its compile: the depfile names every header
  # the scan read, so that editing one rescans only the sources including it.
  set(facts_files)
  foreach(source IN LISTS scan_sources)
    cmake_path(RELATIVE_PATH source BASE_DIRECTORY ${CMAKE_SOURCE_DIR}
               OUTPUT_VARIABLE name)
    # Sources outside the project still get a file inside facts_dir.
    string(REPLACE "../" "__/" name "${name}")
    set(facts ${facts_dir}/${name}.facts.json)
    cmake_path(GET facts PARENT_PATH facts_parent)
    file(MAKE_DIRECTORY ${facts_parent})
    add_custom_command(OUTPUT ${facts}
      COMMAND ${SYSPRUNE_TOOL_TARGET} scan-tu -p ${facts_dir} ${source}
              -o ${facts} --depfile ${facts}.d
      DEPENDS ${source} ${compile_commands} ${SYSPRUNE_TOOL_TARGET}
      DEPFILE ${facts}.d
      COMMENT "sysprune: scanning ${name} for ${target}"
      VERBATIM)
    list(APPEND facts_files ${facts})
  endforeach()

  add_custom_command(OUTPUT ${policy}
    COMMAND ${SYSPRUNE_TOOL_TARGET} link ${facts_files} -o ${policy} --hardened
            ${link_args}
    DEPENDS ${facts_files} ${SYSPRUNE_TOOL_TARGET} ${libs}
    COMMENT "sysprune: linking the policy of ${target}"
    VERBATIM)

  set(enforced ${policy})
  set(compile_depends ${policy})
  if(committed)
    # The committed policy is what was reviewed, so it is the one enforced;
    # the check keeps the build from linking a program that needs more. The
    # stamp records a pass, so it re-runs only when its inputs change.
    set(stamp ${facts_dir}/check.stamp)
    add_custom_command(OUTPUT ${stamp}
      COMMAND ${SYSPRUNE_TOOL_TARGET} check --policy ${committed} --hardened
              ${link_args} ${facts_files}
      COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
      DEPENDS ${facts_files} ${committed} ${SYSPRUNE_TOOL_TARGET} ${libs}
      COMMENT "sysprune: checking ${target} against ${ARG_POLICY}"
      VERBATIM)
    set(enforced ${committed})
    list(APPEND compile_depends ${committed} ${stamp})
  endif()

  add_custom_command(OUTPUT ${filter_source}
    COMMAND ${SYSPRUNE_TOOL_TARGET} compile ${enforced} --action ${ARG_ACTION}
            --errno ${ARG_ERRNO} ${report_args}
            --on-install-failure ${ARG_ON_INSTALL_FAILURE} -o ${filter_source}
    DEPENDS ${compile_depends} ${SYSPRUNE_TOOL_TARGET}
    COMMENT "sysprune: compiling the policy of ${target}"
    VERBATIM)

  target_sources(${target} PRIVATE ${filter_source})
  # The installer runs from a constructor nothing refers to: linked as
  # objects, or as a static library taken whole, so the linker keeps it.
  get_target_property(autoinstall_type ${SYSPRUNE_AUTOINSTALL_TARGET} TYPE)
  if(autoinstall_type STREQUAL "OBJECT_LIBRARY")
    target_sources(${target} PRIVATE $<TARGET_OBJECTS:${SYSPRUNE_AUTOINSTALL_TARGET}>)
  else()
    target_link_libraries(${target} PRIVATE
      "$<LINK_LIBRARY:WHOLE_ARCHIVE,${SYSPRUNE_AUTOINSTALL_TARGET}>")
  endif()
  target_link_libraries(${target} PRIVATE ${SYSPRUNE_RUNTIME_TARGET})
  set_target_properties(${target} PROPERTIES SYSPRUNE_POLICY ${policy})
endfunction()
