# inlinea_add_qtest(<name> LABEL <unit|integration|gui|bench> SOURCES ... [LIBS ...] [TIMEOUT s] [WRAPPER cmd])
# WRAPPER runs the test through a script that provides a real component (e.g. tests/support/with-keyring.sh).
# One Qt Test executable per class or feature, each run with isolated settings and data directories.
function(inlinea_add_qtest name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT;WRAPPER" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    INLINEA_SOURCE_DIR="${CMAKE_SOURCE_DIR}" INLINEA_BINARY_DIR="${CMAKE_BINARY_DIR}"
    INLINEA_SERVER_DIR="${INLINEA_SERVER_DIR}" INLINEA_PYTHON="${INLINEA_PYTHON}")
  inlinea_set_warnings(${name} RELAXED_STRINGS)
  if(T_WRAPPER)
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
