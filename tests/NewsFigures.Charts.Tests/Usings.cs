namespace NewsFigures.Charts.Tests;
