namespace NewsFigures.Notebooks;
