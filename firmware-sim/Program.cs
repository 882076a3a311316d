return await HepSense.FirmwareSim.SimApp.Create().RunAsync(args);
