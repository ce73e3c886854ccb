// Environment first, then the benchmark: modules read LOG_LEVEL when they load.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL ??= 'ERROR';
await import('./run.js');
// SDK keep-alive sockets would hold the process open after the last report.
process.exit(0);
