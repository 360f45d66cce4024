-- From dotnet/orleans (MIT licence), src/AdoNet/Shared/Sqlite-Main.sql: the table of the queries
-- that Orleans' ADO.NET providers look up by key.
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT PRIMARY KEY,
    QueryText TEXT NOT NULL
);
