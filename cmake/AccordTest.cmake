# accord_add_test(NAME name SOURCES main.cpp more.cpp ... LIBS lib ... [LABELS fast|slow ...])
# One Boost.Test executable per suite, registered with CTest. Tests run from the
# source tree so that samples/, templates/ and schema/ are found by relative path.
function(accord_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Boost::unit_test_framework)
  target_compile_definitions(${T_NAME} PRIVATE BOOST_TEST_DYN_LINK)
  # Boost.Test's main() comes from the one source that defines BOOST_TEST_MODULE:
  # the first; further sources of a suite only add cases.
  list(GET T_SOURCES 0 first)
  set_property(SOURCE ${first} TARGET_DIRECTORY ${T_NAME} APPEND PROPERTY
               COMPILE_DEFINITIONS BOOST_TEST_MODULE=${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME} --log_level=test_suite
           WORKING_DIRECTORY ${ACCORD_SOURCE_DIR})
  if(NOT T_LABELS)
    set(T_LABELS fast)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}"
                       ENVIRONMENT "ACCORD_HOME=${ACCORD_SOURCE_DIR}")
endfunction()
