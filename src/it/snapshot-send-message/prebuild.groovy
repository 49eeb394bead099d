context.put('snapshot', new File(basedir, 'src/main/actionkit/actions.json').bytes)
