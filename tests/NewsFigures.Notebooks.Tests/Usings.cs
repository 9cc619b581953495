namespace NewsFigures.Notebooks.Tests;
