# Builds the silo host. Run from the repository root:
#   docker build -f deploy/silo.Dockerfile -t itd-orleans-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/ItdOrleans.Silo/ItdOrleans.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ITD_MNIST_DIR=/data/mnist
# Silo-to-silo, client gateway, and web (metrics and dashboard).
EXPOSE 11111 30000 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "ItdOrleans.Silo.dll"]
