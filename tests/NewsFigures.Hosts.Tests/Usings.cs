global using NewsFigures.Hosts.Tests.Checks;
global using NewsFigures.Hosts.Tests.Hosts;
