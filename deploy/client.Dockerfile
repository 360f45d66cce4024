# Builds the itd command line. Run from the repository root:
#   docker build -f deploy/client.Dockerfile -t itd-orleans-client .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish client/ItdOrleans.Client/ItdOrleans.Client.csproj -c Release -o /app

# The aspnet image because the shared telemetry set-up references ASP.NET Core.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ITD_MNIST_DIR=/data/mnist
USER $APP_UID
ENTRYPOINT ["dotnet", "itd.dll"]
