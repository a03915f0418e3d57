using DiplomacyBot.Commands;

return CommandLine.Build().Parse(args).Invoke();
