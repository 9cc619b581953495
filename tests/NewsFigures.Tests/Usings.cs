namespace NewsFigures.Tests;
