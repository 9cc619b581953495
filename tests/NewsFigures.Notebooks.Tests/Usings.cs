global using System.Text.Json.Nodes;
