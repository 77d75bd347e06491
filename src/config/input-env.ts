/** The environment variable that names the inputs when none are named on the command line. */
export const INPUT_ENV = 'ACS_CALLLOGS_INPUT';
